#!/usr/bin/env bash
# Re-create api/static/vendor/ from npm: Swagger UI and ReDoc (for /docs and /redoc) and cytoscape.js (the
# explorer's graph view), at the pinned versions below, checked against the tarballs' SHA-256.
#
# Why the files are committed and this script is only for upgrades: the API must work offline (no CDN at run
# time) and `pip install` must not need Node; the minified bundles are shipped as package data, each next to
# its licence. To upgrade: change a version, run `make vendor-web`, put the new SHA-256 printed here in place,
# and commit the files with api/static/vendor/VENDOR.md updated.
set -euo pipefail

HERE="$(cd "$(dirname "$0")/.." && pwd)"
DEST="$HERE/api/static/vendor"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

# package@version  sha256 of the npm tarball
PINS=(
  "swagger-ui-dist@5.35.0 1b8e891893404ea4c3558b6a87e2a3e494e7eedba41168c2ece5800a391a6ea6"
  "redoc@2.5.4 44922df4d0eb45c1b066c09ec251e6bd9bd7ded16bc69e87613337b9d911a56e"
  "cytoscape@3.35.0 058a81a7534777ea68dc737e9b77bd5b701e00acd9bee246245a576eeeac32e6"
)

cd "$WORK"
for pin in "${PINS[@]}"; do
  read -r spec sum <<<"$pin"
  tarball="$(npm pack --silent "$spec")"
  actual="$(sha256sum "$tarball" | cut -d' ' -f1)"
  if [[ "$actual" != "$sum" ]]; then
    echo "vendor-web: $spec: sha256 $actual, expected $sum" >&2
    exit 1
  fi
  mkdir -p "${spec%@*}" && tar xzf "$tarball" -C "${spec%@*}"
done

mkdir -p "$DEST/swagger-ui" "$DEST/redoc" "$DEST/cytoscape"
cp swagger-ui-dist/package/{swagger-ui-bundle.js,swagger-ui.css,LICENSE,NOTICE,favicon-32x32.png} "$DEST/swagger-ui/"
cp redoc/package/bundles/{redoc.standalone.js,redoc.standalone.js.LICENSE.txt} redoc/package/LICENSE "$DEST/redoc/"
cp cytoscape/package/dist/cytoscape.min.js cytoscape/package/LICENSE "$DEST/cytoscape/"
# ReDoc's side menu shows Redocly's logo from cdn.redoc.ly: an empty data: URL instead (the image fails and
# ReDoc hides it), so that /redoc makes no request off the machine (tests/test_explorer_e2e.py checks).
sed -i 's#"https://cdn.redoc.ly/redoc/logo-mini.svg"#"data:,"#' "$DEST/redoc/redoc.standalone.js"
grep -q 'cdn.redoc.ly/redoc/logo-mini' "$DEST/redoc/redoc.standalone.js" && { echo "vendor-web: the ReDoc logo URL is still there" >&2; exit 1; }
echo "vendor-web: $DEST updated"
