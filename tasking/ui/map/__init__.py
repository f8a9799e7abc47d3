"""The Map place: boundaries, hotspots, incidents and candidates drawn with QGraphicsView."""
