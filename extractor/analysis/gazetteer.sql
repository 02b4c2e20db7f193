-- The gazetteer as tables, so facts and observations can be joined to a
-- region or to the unit a province became on 1 July 2025. Rebuilt from
-- patterns/gazetteer/*.yml on every refresh: editing the YAML is enough.

create table if not exists units_2025 (
    name text primary key,      -- canonical name without "Tỉnh" / "Thành phố"
    type text,                  -- "tỉnh" or "thành phố" (trực thuộc trung ương)
    members text,               -- JSON list of the pre-2025 provinces merged into it
    aliases text                -- JSON list of other spellings
);

create table if not exists provinces (
    name text primary key,      -- canonical name, as in facts.province and facts.subject
    type text,                  -- "tỉnh" or "thành phố" (trực thuộc trung ương)
    region text,                -- one of the six socio-economic regions
    unit_2025 text references units_2025(name),
    slug text,                  -- ASCII, as in domain names (langson.gov.vn)
    aliases text                -- JSON list of other spellings
);

delete from provinces;

delete from units_2025;
