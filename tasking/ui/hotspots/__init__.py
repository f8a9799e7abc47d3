"""The hotspot register place: problem places, their OSARA profile, status and history."""
