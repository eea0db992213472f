"""Pipeline stages: one composite PTransform per module."""
