"""Sender: a self-hosted live-streaming server (RTMP in, CMAF HLS and LL-HLS out)."""

__version__ = "0.1.0"
