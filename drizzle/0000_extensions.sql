-- pgvector must exist before the generated schema uses the vector type. drizzle-kit does not emit
-- CREATE EXTENSION; on a real PostgreSQL this needs a superuser once (see .ci/install-pgvector).
CREATE EXTENSION IF NOT EXISTS vector;
