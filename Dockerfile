# The API and command-line image used by docker-compose.yml (Neo4j runs in its own official image).
FROM python:3.11-slim
WORKDIR /app
# The checkout less .dockerignore: the packages installed are pyproject.toml's one list (setuptools' find), the
# versions those of constraints.txt (the ones the suite ran with).
COPY . .
RUN pip install --no-cache-dir -c constraints.txt --upgrade pip \
    && pip install --no-cache-dir -c constraints.txt . \
    && useradd --system --uid 10001 --no-create-home --home-dir /app edkg
# Not root: the API needs no privilege (it binds 8000 and reads data/); the image's files stay root's, read-only.
USER edkg
EXPOSE 8000
# Healthy when the API answers /health with 200: the API is up and reaches Neo4j (503 otherwise).
HEALTHCHECK --interval=10s --timeout=5s --start-period=20s --retries=3 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/health', timeout=4)"]
CMD ["edkg", "serve", "--host", "0.0.0.0", "--port", "8000"]
