# Generated from packages/python/package.json by pnpm version-packages; do not edit.
__version__ = "0.1.0"
