"""Step 6: renderers. Each turns Reports into text in one format; none changes a Report."""
