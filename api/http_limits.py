"""HTTP limits uvicorn's httptools protocol does not have: request-head size, header count, head timeout.

Why: uvicorn bounds open connections (`limit_concurrency`) and idle
keep-alive connections (`timeout_keep_alive`), and its h11 protocol bounds a
request head (`h11_max_incomplete_event_size`), but with httptools (the fast
parser this project uses, see the README's Performance section) a 50 MB
header, 400,000 headers, or a connection that never finishes its request
line are all accepted and held. This subclass of uvicorn's own
`HttpToolsProtocol` adds, from `Settings`:

- `API_MAX_HEADER_BYTES` for the request line and headers, `API_MAX_HEADERS`
  for their number: beyond either, `431` in the error shape, and the
  connection is closed;
- `API_TIMEOUT_REQUEST_HEAD`: a client that has not sent a whole request head
  within that many seconds of connecting (or of starting the next request on
  a kept-alive connection) gets `408` and the connection is closed.

`edkg serve` passes it to uvicorn as `http=` (module-level, so `--workers`
processes can import it); the limits are read from the environment's settings.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from core.settings import get_settings

_REASONS = {408: b"Request Timeout", 431: b"Request Header Fields Too Large"}


def _error_bytes(status: int, code: str, message: str, detail: Any) -> bytes:
    """A whole HTTP/1.1 response in the API's error shape, closing the connection."""
    body = json.dumps({"error": {"code": code, "message": message, "detail": detail}}).encode("utf-8")
    return (
        b"HTTP/1.1 %d %s\r\ncontent-type: application/json\r\ncontent-length: %d\r\nconnection: close\r\n\r\n"
        % (status, _REASONS[status], len(body))
    ) + body


class LimitedHttpToolsProtocol(HttpToolsProtocol):
    """uvicorn's httptools protocol with a bounded request head, in bytes, fields and time."""

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        settings = get_settings()
        self.max_head_bytes = settings.api_max_header_bytes
        self.max_headers = settings.api_max_headers
        self.head_timeout = settings.api_timeout_request_head
        self._head_bytes = 0
        self._header_count = 0
        self._head_done = False
        self._head_timer: asyncio.TimerHandle | None = None
        self._refusal: bytes | None = None

    # -- the head timer ----------------------------------------------------------------------------------------
    def _arm(self) -> None:
        self._disarm()
        self._head_timer = self.loop.call_later(self.head_timeout, self._head_timed_out)

    def _disarm(self) -> None:
        if self._head_timer is not None:
            self._head_timer.cancel()
            self._head_timer = None

    def _head_timed_out(self) -> None:
        self._head_timer = None
        if self.transport is None or self.transport.is_closing():
            return
        if self._head_bytes:
            self.transport.write(
                _error_bytes(
                    408,
                    "request_timeout",
                    "the request head was not sent in time",
                    {"limit_seconds": self.head_timeout},
                )
            )
        self.transport.close()

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    # -- counting ------------------------------------------------------------------------------------------------
    def _refuse(self, what: str, limit: int) -> None:
        """Remember a 431; raising makes the parser stop, and uvicorn's 400 path sends this answer instead."""
        self._refusal = _error_bytes(
            431, "headers_too_large", f"the request's {what} exceed the limit", {"limit": limit}
        )
        raise ValueError("request head over the limit")

    def data_received(self, data: bytes) -> None:
        if self._refusal is not None:
            return
        if not self._head_done:
            self._head_bytes += len(data)
            if self._head_bytes > self.max_head_bytes:
                self._refusal = _error_bytes(
                    431,
                    "headers_too_large",
                    "the request line and headers exceed the limit",
                    {"limit_bytes": self.max_head_bytes},
                )
                self.send_400_response("")
                return
        super().data_received(data)

    def on_message_begin(self) -> None:
        super().on_message_begin()
        self._head_done = False
        self._header_count = 0
        self._arm()

    def on_header(self, name: bytes, value: bytes) -> None:
        self._header_count += 1
        if self._header_count > self.max_headers:
            self._refuse("header fields", self.max_headers)
        super().on_header(name, value)

    def on_headers_complete(self) -> None:
        self._disarm()
        self._head_done = True
        self._head_bytes = 0
        super().on_headers_complete()

    def send_400_response(self, msg: str) -> None:
        if self._refusal is None:
            super().send_400_response(msg)
            return
        self._disarm()
        self.transport.write(self._refusal)
        self.transport.close()
