from tests.e2e.conftest import ffmpeg  # noqa: F401
