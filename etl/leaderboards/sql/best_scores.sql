-- title: Best scores
-- description: The best reported score per benchmark (data set) and metric, one row per paper (its best), ranked by the metric's direction; the per-benchmark pages (datasets/) list every score. Ranked only: scores with a data set and a metric the gazetteer knows, so that "better" is known; vague metrics ("performance", "results on X") and metrics the gazetteer does not know are set aside (see "Results set aside"), and so are numbers the abstract cites for an earlier system ("the current state of the art approach achieves 99.2%", "the previous best result was 61.2", "compared with 45.2%"), and so is where a change starts ("from 47% to 51%": 51% is ranked). Shares share one % scale: a fraction 0.91 ranks as 91 and a bare "40.4 AP" as 40.4%; "as written" shows the number from the abstract. "setting" shows the evaluation setting the sentence states for the score (zero-shot, 5-shot, linear probing, fine-tuned, k% labels, under attack): read rows of different settings as different contests. A % value of a bare-number metric (perplexity, FID), differences in points and ranges are left out.
-- chart: bars
-- empty: No score names both a data set and a metric the gazetteer knows.
WITH scored AS (
    SELECT *
    FROM scores
    WHERE value IS NOT NULL AND qualifier <> 'range' AND dataset_id IS NOT NULL AND metric_known AND NOT model_prior
      AND NOT number_cited
),
per_paper AS (
    SELECT *,
           CASE WHEN higher_is_better THEN -score ELSE score END AS sort_value,
           row_number() OVER (
               PARTITION BY dataset_id, metric_id, score_unit, paper_id
               ORDER BY CASE WHEN higher_is_better THEN -score ELSE score END,
                        model_key NULLS LAST, result_id
           ) AS k
    FROM scored
    WHERE score IS NOT NULL
),
ranked AS (
    SELECT *,
           rank() OVER (PARTITION BY dataset_id, metric_id, score_unit ORDER BY sort_value) AS rank,
           count(*) OVER (PARTITION BY dataset_id, metric_id, score_unit) AS entries
    FROM per_paper
    WHERE k = 1
)
SELECT r.dataset_id AS dataset, r.metric_id AS metric, r.rank, r.score AS value, r.score_unit AS unit,
       replace(r.text, '\%', '%') AS as_written, r.qualifier, r.setting, r.model,
       CASE WHEN r.higher_is_better THEN 'higher' ELSE 'lower' END AS better,
       r.entries, display_title(p.title) AS title, r.url, r.sentence, r.paper_id, r.result_id,
       r.model_key AS _model_key, r.text AS _text, r.model_name_size AS _model_size
FROM ranked r
LEFT JOIN papers p USING (paper_id)
WHERE r.rank <= getvariable('top_per_group')
ORDER BY r.entries DESC, r.dataset_id, r.metric_id, r.score_unit, r.rank, r.paper_id, r.result_id
