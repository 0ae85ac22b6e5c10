-- title: Largest improvements
-- description: The largest reported gains per benchmark (data set) and metric, with what they are compared with; one row per paper (its largest gain). Only gains in a metric the gazetteer knows are ranked (a gain in "performance" says not what got better); gains in different units (%, points, bare numbers) are ranked apart, as a relative 5% and an absolute 5 points are not the same gain. Ranges are excluded.
-- chart: bars
-- empty: No improvement names both a data set and a metric the gazetteer knows.
WITH gains AS (
    SELECT r.*,
           row_number() OVER (
               PARTITION BY dataset_id, metric_id, unit, paper_id
               ORDER BY value DESC, model_key NULLS LAST, result_id
           ) AS k
    FROM results r
    WHERE r.kind = 'improvement' AND r.value IS NOT NULL AND r.qualifier <> 'range'
      AND r.dataset_id IS NOT NULL AND r.metric_known
),
ranked AS (
    SELECT *,
           rank() OVER (PARTITION BY dataset_id, metric_id, unit ORDER BY value DESC) AS rank,
           count(*) OVER (PARTITION BY dataset_id, metric_id, unit) AS entries
    FROM gains
    WHERE k = 1
)
SELECT r.dataset_id AS dataset, r.metric_id AS metric, r.unit, r.rank, r.value, replace(r.text, '\%', '%') AS as_written,
       r.qualifier, r.model, r.baseline,
       r.entries, display_title(p.title) AS title, r.url, r.sentence, r.paper_id, r.result_id,
       r.model_key AS _model_key, r.text AS _text
FROM ranked r
LEFT JOIN papers p USING (paper_id)
WHERE r.rank <= getvariable('top_per_group')
ORDER BY r.entries DESC, r.dataset_id, r.metric_id, r.unit, r.rank, r.paper_id, r.result_id
