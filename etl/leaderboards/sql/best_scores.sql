-- title: Best scores
-- description: The best reported score per benchmark (dataset) and metric, one row per paper and model, ranked by the metric's direction. Metrics whose direction the gazetteer does not know rank higher-is-better and say "higher (assumed)". Scores in different units (% vs a bare number) are ranked apart. Ranges are excluded.
-- chart: bars
WITH scored AS (
    SELECT r.*,
           coalesce(m.higher_is_better, true) AS higher_is_better,
           m.higher_is_better IS NULL AS direction_assumed
    FROM results r
    LEFT JOIN metrics m USING (metric_id)
    WHERE r.kind = 'score' AND r.value IS NOT NULL AND r.qualifier <> 'range'
      AND r.dataset_id IS NOT NULL AND r.metric_id IS NOT NULL
),
per_model AS (
    SELECT *,
           CASE WHEN higher_is_better THEN -value ELSE value END AS sort_value,
           row_number() OVER (
               PARTITION BY dataset_id, metric_id, unit, paper_id, coalesce(model_key, '')
               ORDER BY CASE WHEN higher_is_better THEN -value ELSE value END, result_id
           ) AS k
    FROM scored
),
ranked AS (
    SELECT *,
           rank() OVER (PARTITION BY dataset_id, metric_id, unit ORDER BY sort_value) AS rank,
           count(*) OVER (PARTITION BY dataset_id, metric_id, unit) AS entries
    FROM per_model
    WHERE k = 1
)
SELECT r.dataset_id, r.metric_id, r.unit, r.rank, r.value, r.qualifier, r.model,
       CASE WHEN r.higher_is_better THEN 'higher' ELSE 'lower' END
           || CASE WHEN r.direction_assumed THEN ' (assumed)' ELSE '' END AS better,
       r.entries, p.title, r.url, r.sentence, r.paper_id, r.result_id,
       r.model_key AS _model_key
FROM ranked r
LEFT JOIN papers p USING (paper_id)
WHERE r.rank <= getvariable('top_per_group')
ORDER BY r.entries DESC, r.dataset_id, r.metric_id, r.unit, r.rank, r.paper_id,
         r.model_key NULLS LAST, r.result_id
