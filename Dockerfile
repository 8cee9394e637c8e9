# The API and command-line image used by docker-compose.yml (Neo4j runs in its own official image).
FROM python:3.11-slim
WORKDIR /app
COPY pyproject.toml README.md ./
COPY core ./core
COPY edkg ./edkg
COPY graph ./graph
COPY api ./api
COPY loaders ./loaders
COPY cypher ./cypher
COPY data ./data
RUN pip install --no-cache-dir .
EXPOSE 8000
CMD ["edkg", "serve", "--host", "0.0.0.0", "--port", "8000"]
