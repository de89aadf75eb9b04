"""Wire formats: one module per format, with its reader and writer side by side."""
