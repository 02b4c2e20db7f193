-- observations: one agreed answer per question, with its sources.
--
-- A question is (subject, subject_type, indicator, component, year, metric,
-- qualifier, level, period, unit). The qualifier keeps "TTHC announced" apart
-- from "TTHC cut_time"; level and period keep a count at cấp huyện apart from
-- the same counter at cấp xã, and a month's dossiers apart from the quarter's
-- (different counts, never a conflict); the unit keeps a PAPI score in points (42.676 of 80) apart from
-- the same score in percent (53.34%): different measurements, not a dispute.
--
-- Evidence is every fact that is not a target (goals are not results; they
-- are in the `targets` view) in a document whose status is 'ok'.
--
-- Agreement rule. Each article votes once for each value it states: documents
-- with the same text (documents.content_hash: a second copy of a file, a
-- mirror, the same article at another URL or path) are one article, not
-- independent support. The agreed value is the one stated by the most
-- articles that are not spun copies (documents.spun NULL counts as not spun);
-- ties go to the value with the most articles in all, then to the newest publication date among its
-- documents, then to the highest extraction confidence, then to the value
-- mentioned first (within one page the headline figure precedes its
-- breakdown: "397 TTHC, of which 335 …"), then to the smallest value, so the
-- answer never depends on row order. `conflict` is 1 when the
-- evidence states more than one value, and `competing_values` then lists them
-- all, agreed value first, each with its number of documents.

drop table if exists observation_facts;

drop table if exists observations;

create table observations (
    obs_id text primary key,            -- stable hash of the question
    subject text,
    subject_type text,
    province text references provinces(name),
    province_2025 text references units_2025(name),
    indicator text,
    component text,
    year integer,
    metric text,
    qualifier text,
    level text,                         -- a count's tier of government: province / district / commune
    period text,                        -- a count's span of time: 2024, 2024-H1, 2024-Q1, 2024-10, 2024-01..09
    unit text,
    value real,                         -- the agreed value (null for a band)
    value_text text,                    -- the agreed band code
    out_of real,                        -- largest denominator its sources give
    documents integer,                  -- articles stating the agreed value (copies of one text count once)
    spun_documents integer,             -- of those, spun copies
    conflict integer,                   -- 1 when sources state different values
    competing_values text,              -- "85.3 (2 docs) | 84.3 (1 doc)", null without conflict
    evidence_fact_id text references facts(fact_id)  -- the agreed value in its best source
);

create index observations_question on observations (indicator, year, metric, subject);

create table observation_facts (       -- every fact an observation was agreed from
    obs_id text references observations(obs_id),
    fact_id text references facts(fact_id),
    doc_id text references documents(doc_id),
    primary key (obs_id, fact_id)
);

create index observation_facts_fact on observation_facts (fact_id);

insert into observation_facts (obs_id, fact_id, doc_id)
select chiso_id(f.subject, f.subject_type, f.indicator, f.component, f.year, f.metric, f.qualifier, f.level,
                f.period, f.unit),
       f.fact_id, f.doc_id
from facts f join documents d on d.doc_id = f.doc_id
where f.is_target = 0 and d.status = 'ok';

insert into observations
with evidence as (                      -- pick = 1: the value's best source (non-spun, newest, surest)
    select l.obs_id, f.*, coalesce(d.spun, 0) as spun, d.published,
           coalesce(d.content_hash, d.doc_id) as article,
           row_number() over (partition by l.obs_id, f.value, f.value_text
                              order by coalesce(d.spun, 0), d.published desc nulls last,
                                       f.confidence desc, f.fact_id) as pick
    from observation_facts l
    join facts f on f.fact_id = l.fact_id
    join documents d on d.doc_id = f.doc_id
),
votes as (                              -- one row per question and value stated
    select obs_id, subject, subject_type, max(province) as province, max(province_2025) as province_2025,
           indicator, component, year, metric, qualifier, level, period, unit, value, value_text,
           count(distinct article) as documents,
           count(distinct case when spun = 1 then article end) as spun_documents,
           max(published) as newest,
           max(confidence) as confidence,
           min(span_start) as first_mention,
           max(out_of) as out_of,
           max(iif(pick = 1, fact_id, null)) as best_fact_id
    from evidence
    group by obs_id, subject, subject_type, indicator, component, year, metric, qualifier, level, period, unit,
             value, value_text
),
labelled as (
    select *,
           coalesce(value_text, case when value = cast(value as integer)
                                     then cast(cast(value as integer) as text)
                                     else cast(value as text) end)
           || ' (' || documents || iif(documents = 1, ' doc', ' docs')
           || iif(spun_documents > 0, ', ' || spun_documents || ' spun', '') || ')' as label
    from votes
),
ranked as (
    select *,
           row_number() over agreement as place,
           count(*) over (partition by obs_id) as values_stated,
           group_concat(label, ' | ') over (agreement rows between unbounded preceding
                                                      and unbounded following) as all_values
    from labelled
    window agreement as (partition by obs_id
                         order by documents - spun_documents desc, documents desc,
                                  newest desc nulls last, confidence desc, first_mention,
                                  value, value_text)
)
select obs_id, subject, subject_type, province, province_2025,
       indicator, component, year, metric, qualifier, level, period, unit,
       value, value_text, out_of, documents, spun_documents,
       values_stated > 1 as conflict,
       iif(values_stated > 1, all_values, null) as competing_values,
       best_fact_id as evidence_fact_id
from ranked
where place = 1;
