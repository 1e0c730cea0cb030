"""The Overview tab: many versions at once (see core.overview), drawn and clickable."""
