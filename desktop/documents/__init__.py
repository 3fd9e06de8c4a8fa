"""The committee's documents as signed PDFs (no Qt). Public entry points are in ``api``."""
