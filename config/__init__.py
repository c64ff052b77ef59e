"""The application's configuration model (`config.model`: `seeds/outlets.toml` validated
into typed records) and the defaults lower layers fall back on (`config.defaults`).

Every layer may import it: it imports pydantic and `storage.records`' plain constants,
never Scrapy, `crawler`, `pipelines` or the app, and `storage` never imports it."""
