"""police.uk street-level crime: reading the files, placing rows in the partnership's wards."""
