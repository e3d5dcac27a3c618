"""The parts of :mod:`newsparse.dask` that run on Dask workers; none of them imports dask."""
