-- Views over the derived tables: always as fresh as `observations`.

drop view if exists scorecard;

-- scorecard: one row per subject and year, one column group per index,
-- for a spreadsheet. Values are the agreed ones from `observations`
-- (no component, no qualifier). `<index>_score` prefers the index's own
-- points over a percent restatement when both were reported;
-- `<index>_out_of` is how many units the rank is out of (63, 34 after the
-- 2025 merger, 20 for a province's agencies); `conflicts` counts this row's
-- figures on which sources disagree (see observations.competing_values).
create view scorecard as
with picked as (
    select *, row_number() over (partition by subject, subject_type, year, indicator, metric
                                 order by unit = 'points' desc, documents desc, obs_id) as pick
    from observations
    where component is null and qualifier is null and metric in ('score', 'rank', 'band')
      and indicator in ($indices)
)
select subject, subject_type, max(province) as province, max(province_2025) as province_2025,
       p.region, year,
$index_columns,
       sum(conflict) as conflicts
from picked left join provinces p on p.name = picked.province
where pick = 1
group by subject, subject_type, year
order by subject_type, subject, year;

drop view if exists targets;

-- targets: goals ("phấn đấu … đạt trên 90%"), kept out of observations
-- because a goal is not a result.
create view targets as
select f.subject, f.subject_type, f.province, f.indicator, f.component, f.year, f.metric,
       f.value, f.value_text, f.unit, f.qualifier, f.level, f.period, f.sentence, f.fact_id, f.doc_id,
       d.title, d.published, d.url
from facts f join documents d on d.doc_id = f.doc_id
where f.is_target = 1;

drop view if exists observation_evidence;

-- observation_evidence: every fact behind every observation, what it stated,
-- the exact evidence text and its document: the click-through from an answer
-- to the sentences that say it.
create view observation_evidence as
select o.obs_id, o.subject, o.subject_type, o.indicator, o.component, o.year, o.metric, o.qualifier,
       o.level, o.period,
       coalesce(o.value_text, o.value) as agreed, o.conflict, o.competing_values,
       coalesce(f.value_text, f.value) as stated, f.unit, f.out_of,
       substr(d.text, f.span_start + 1, f.span_end - f.span_start) as evidence,
       f.sentence, f.fact_id, d.doc_id, d.title, d.published, d.spun, d.source, d.url
from observations o
join observation_facts l on l.obs_id = o.obs_id
join facts f on f.fact_id = l.fact_id
join documents d on d.doc_id = f.doc_id;
