"""Places on the map: ward and LSOA boundaries read from GeoJSON, and which one holds a point.

Pure Python, no Qt, no database: the services store what this package reads.
"""
