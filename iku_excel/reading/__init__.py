"""From the input folder to detected tables: list files, load sheets as
grids of cell values, find each source table by its header words."""
