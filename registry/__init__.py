"""The regulator's registry: enrolled committees, verified decision bundles, an append-only log."""
