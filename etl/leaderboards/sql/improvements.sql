-- title: Largest improvements
-- description: The largest reported gains per benchmark (dataset), with what they are compared with; one row per paper, model and metric (its largest gain). Gains in different units (%, points, bare numbers) are ranked apart. Ranges are excluded.
-- chart: bars
WITH gains AS (
    SELECT r.*,
           row_number() OVER (
               PARTITION BY dataset_id, unit, paper_id, coalesce(model_key, ''), coalesce(metric_id, '')
               ORDER BY value DESC, result_id
           ) AS k
    FROM results r
    WHERE r.kind = 'improvement' AND r.value IS NOT NULL AND r.qualifier <> 'range'
      AND r.dataset_id IS NOT NULL
),
ranked AS (
    SELECT *,
           rank() OVER (PARTITION BY dataset_id, unit ORDER BY value DESC) AS rank,
           count(*) OVER (PARTITION BY dataset_id, unit) AS entries
    FROM gains
    WHERE k = 1
)
SELECT r.dataset_id, r.unit, r.rank, r.value, r.qualifier, r.metric, r.model, r.baseline,
       r.entries, p.title, r.url, r.sentence, r.paper_id, r.result_id,
       r.model_key AS _model_key
FROM ranked r
LEFT JOIN papers p USING (paper_id)
WHERE r.rank <= getvariable('top_per_group')
ORDER BY r.entries DESC, r.dataset_id, r.unit, r.rank, r.paper_id, r.model_key NULLS LAST, r.result_id
