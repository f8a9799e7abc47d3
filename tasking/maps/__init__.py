"""The map: plain data, the projection and the colour scales the app and the minutes share."""
