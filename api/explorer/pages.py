"""The explorer page, its static files, and `/docs` and `/redoc` on the vendored bundles (no CDN).

Why a route for static files instead of a `StaticFiles` mount: routers cannot carry mounts into the app, and
the files are few and fixed; the route resolves the path inside `api/static/` and refuses anything outside.
Why custom documentation pages: FastAPI's defaults load Swagger UI, ReDoc, a favicon and Google Fonts from
CDNs, which leaves `/docs` blank without internet; these pages name only files of the package
(`create_app` turns the defaults off).
"""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse

from core.errors import NotFoundError

STATIC_DIR = Path(__file__).resolve().parent.parent / "static"
STATIC_PREFIX = "/static"
EXPLORE_PAGE = STATIC_DIR / "explore" / "index.html"
VENDOR = f"{STATIC_PREFIX}/vendor"
CACHE = {"Cache-Control": "public, max-age=3600"}

router = APIRouter(include_in_schema=False)


@router.get("/")
async def root() -> RedirectResponse:
    """The API's root opens the explorer."""
    return RedirectResponse("/explore", status_code=307)


@router.get("/explore")
async def explore() -> FileResponse:
    """The explorer: one page; its views are addressed by the URL's fragment (`#/entity/org:moit`)."""
    return FileResponse(EXPLORE_PAGE, media_type="text/html; charset=utf-8", headers={"Cache-Control": "no-cache"})


@router.get(STATIC_PREFIX + "/{path:path}")
async def static(path: str) -> FileResponse:
    """A file of `api/static/` (the explorer's script and style, the vendored libraries and their licences)."""
    target = (STATIC_DIR / path).resolve()
    if not target.is_file() or not target.is_relative_to(STATIC_DIR):
        raise NotFoundError(f"no static file {path!r}")
    return FileResponse(target, headers=CACHE)


@router.get("/docs")
async def swagger_ui(request: Request) -> HTMLResponse:
    """Swagger UI on the vendored bundle; no validator badge (it would call validator.swagger.io)."""
    return get_swagger_ui_html(
        openapi_url=request.app.openapi_url,
        title=request.app.title + " — Swagger UI",
        swagger_js_url=f"{VENDOR}/swagger-ui/swagger-ui-bundle.js",
        swagger_css_url=f"{VENDOR}/swagger-ui/swagger-ui.css",
        swagger_favicon_url=f"{VENDOR}/swagger-ui/favicon-32x32.png",
        swagger_ui_parameters={"validatorUrl": None},
    )


@router.get("/redoc")
async def redoc(request: Request) -> HTMLResponse:
    """ReDoc on the vendored standalone bundle, with the system's fonts (no Google Fonts)."""
    return get_redoc_html(
        openapi_url=request.app.openapi_url,
        title=request.app.title + " — ReDoc",
        redoc_js_url=f"{VENDOR}/redoc/redoc.standalone.js",
        redoc_favicon_url=f"{VENDOR}/swagger-ui/favicon-32x32.png",
        with_google_fonts=False,
    )
