-- title: Largest speedups
-- description: How much faster something got (training, decoding, inference ...) and compared with what; factors (x) first, then percentages. One row per paper, model and thing that got faster (its largest speedup). A speedup says what it is about: rows that name neither what changed (a vague "faster" or "performance" does not count) nor a model are set aside. Ranges are excluded.
-- chart: bars
-- empty: No speedup names what changed or which model it belongs to.
WITH sped AS (
    SELECT r.*,
           row_number() OVER (
               PARTITION BY unit, paper_id, coalesce(model_key, ''), coalesce(metric_id, '')
               ORDER BY value DESC, result_id
           ) AS k
    FROM results r
    WHERE r.kind = 'speedup' AND r.value IS NOT NULL AND r.qualifier <> 'range'
      AND ((r.metric IS NOT NULL AND NOT r.metric_vague) OR r.model_key IS NOT NULL)
),
ranked AS (
    SELECT *, rank() OVER (PARTITION BY unit ORDER BY value DESC) AS rank
    FROM sped
    WHERE k = 1
)
SELECT r.unit, r.rank, r.value, replace(r.text, '\%', '%') AS as_written, r.qualifier, CASE WHEN NOT r.metric_vague THEN r.metric END AS what, r.model, r.baseline,
       display_title(p.title) AS title, r.url, r.sentence, r.paper_id, r.result_id,
       r.model_key AS _model_key, r.text AS _text
FROM ranked r
LEFT JOIN papers p USING (paper_id)
WHERE r.rank <= getvariable('top_list')
ORDER BY CASE r.unit WHEN 'x' THEN 0 WHEN '%' THEN 1 ELSE 2 END, r.unit, r.rank, r.paper_id,
         r.model_key NULLS LAST, r.result_id
