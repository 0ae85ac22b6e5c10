-- title: Largest reductions
-- description: How much a cost shrank (memory, FLOPs, latency, data, parameters ...) and compared with what; factors (x) first, then percentages. One row per paper, model and cost (its largest reduction). A share that is kept ("with only 0.35% of the parameters") means a cut of 99.65%: it is ranked by that cut, and "kept share" says so; a fraction kept ("half the parameters", 0.5x, or "1/38 of the data") is a cut by its inverse (2x, 38x), and "kept fraction" says so; the qualifier is the cut's ("less than half of the cost" kept is "more than" a 2x cut); "as written" shows the number from the abstract. A reduction says what it is about: rows that name neither what changed (a vague "faster" or "performance" does not count) nor a model are set aside, and so are cuts of 100% or more ("compared to 100% data" is a baseline's share, not a cut). Ranges are excluded.
-- chart: bars
-- empty: No reduction names what changed or which model it belongs to.
WITH found AS (
    SELECT r.*, strpos(r.sentence, r.text) AS num_at
    FROM results r
    WHERE r.kind = 'reduction' AND r.value IS NOT NULL AND r.qualifier <> 'range'
      AND ((r.metric IS NOT NULL AND NOT r.metric_vague) OR r.model_key IS NOT NULL)
      AND NOT (r.unit = '%' AND r.value >= 100)  -- "100% of the data" is what a baseline uses, no cut
),
shares AS (
    -- a share that is kept, not cut: the extractor read it as one (its rule: "with only 0.35% of the
    -- parameters", "roughly 0.35% of those of X", "about 1.1% of a fully fine-tuned model"), or "only"/"just"
    -- shortly before it with no punctuation between, and "only" scopes over a list it opens ("with only
    -- 55.6% TFLOPs and 53.8% KV cache storage ..., and 77.7% GPU hours"); never "only 17% less energy",
    -- where "less" makes the number the cut itself
    SELECT *,
           unit = '%' AND value BETWEEN 0 AND 100 AND num_at > 1
           AND NOT regexp_matches(lower(substr(sentence, num_at + length(text), 30)),
                                  '^\s*(less|fewer|lower|smaller|cheaper|shorter|reductions?|decreases?|drops?|cuts?|savings?|faster)\b')
           AND (rule IN ('share_of', 'share_of_other', 'share_of_original', 'share_apposed', 'share_data')
                -- "with 2.5% of model size", "at 35% of its cost": a share the extractor read after a verb
                -- or preposition of use (its rule "share"), with "of" right after it, is kept without "only"
                OR (rule = 'share' AND regexp_matches(lower(substr(sentence, num_at + length(text), 8)), '^\s*of\s'))
                OR regexp_matches(lower(substr(sentence, greatest(1, num_at - 160), least(num_at - 1, 160))),
                                  '\b(only|just|merely|mere|as little as|as few as)\b([^.,;:!?]{0,25}|[^.,;:!?]{0,25}?'
                                  || '(\d+(\.\d+)?\\?%[^.;:!?%]{0,60}?(,\s*(and\s+|or\s+)?|\s(and|or)\s))+)$'))
               AS kept
    FROM found
),
cut AS (
    SELECT *,
           CASE WHEN kept THEN 100 - value WHEN fraction THEN round(1 / value, 2) ELSE value END AS reduction,
           row_number() OVER (
               PARTITION BY unit, paper_id, coalesce(model_key, ''), coalesce(metric_id, '')
               ORDER BY CASE WHEN kept THEN 100 - value WHEN fraction THEN 1 / value ELSE value END DESC, result_id
           ) AS k
    -- a fraction written with a slash ("less than 1/38 of the training data", unit none as written) is a
    -- fraction kept like "half" (0.5x): ranked with the factors by its inverse; only the extractor's kept
    -- fraction reads so ("reduces memory by 1/3" is a cut to 2/3, not 3x)
    FROM (SELECT * REPLACE (CASE WHEN slash THEN 'x' ELSE unit END AS unit),
                 (unit = 'x' OR slash) AND value > 0 AND value < 1 AS fraction
          FROM (SELECT *, unit = 'none' AND rule = 'share_fraction'
                          AND regexp_full_match(text, '\d+\s?/\s?\d+') AS slash FROM shares))
),
ranked AS (
    SELECT *, rank() OVER (PARTITION BY unit ORDER BY reduction DESC) AS rank
    FROM cut
    WHERE k = 1
)
SELECT r.unit, r.rank, r.reduction AS value, replace(r.text, '\%', '%') AS as_written,
       CASE WHEN r.kept THEN 'kept share' WHEN r.fraction THEN 'kept fraction' ELSE '' END AS reads_as,
       -- the qualifier of the cut: "less than half of the cost" kept is "more than" a 2x cut
       CASE WHEN (r.kept OR r.fraction) AND r.qualifier = 'upper' THEN 'lower'
            WHEN (r.kept OR r.fraction) AND r.qualifier = 'lower' THEN 'upper'
            ELSE r.qualifier END AS qualifier,
       CASE WHEN NOT r.metric_vague THEN r.metric END AS what,
       r.model, r.baseline, display_title(p.title) AS title, r.url, r.sentence, r.paper_id, r.result_id,
       r.model_key AS _model_key, r.text AS _text
FROM ranked r
LEFT JOIN papers p USING (paper_id)
WHERE r.rank <= getvariable('top_list')
ORDER BY CASE r.unit WHEN 'x' THEN 0 WHEN '%' THEN 1 ELSE 2 END, r.unit, r.rank, r.paper_id,
         r.model_key NULLS LAST, r.result_id
