-- title: Results set aside
-- description: Extracted results that the boards above leave out, by kind and reason, with the most common name involved and one example sentence. They stay in the results table; they are left off the boards because they cannot be ranked fairly. Data sizes have no board and are not counted here.
-- empty: Every extracted result is on a board or was cut only by the top-N limit.
WITH why AS (
    SELECT s.kind, s.metric, s.model, s.sentence, s.paper_id, s.result_id, s.text,
           CASE
               WHEN s.value IS NULL OR s.qualifier = 'range' THEN 'a range, not one number'
               WHEN s.model_prior THEN 'an earlier system''s number the abstract cites ("previous methods reach 10%")'
               WHEN s.number_cited THEN 'a number the sentence cites for earlier or other work, or where a change starts ("the previous best was 61.2", "compared with 45.2%", "from 47% to 51%")'
               WHEN s.dataset_id IS NULL AND s.dataset IS NOT NULL THEN 'data set described, not named'
               WHEN s.dataset_id IS NULL THEN 'no data set'
               WHEN s.metric IS NULL THEN 'no metric'
               WHEN s.metric_vague THEN 'vague metric ("performance", "results on X")'
               WHEN NOT s.metric_known THEN 'metric not in the gazetteer: which way is better is unknown'
               WHEN s.unit = 'pp' THEN 'points: a difference, not a score'
               WHEN s.score IS NULL THEN 'unit or size does not fit the metric'
           END AS reason
    FROM scores s
    UNION ALL
    SELECT r.kind, r.metric, r.model, r.sentence, r.paper_id, r.result_id, r.text,
           CASE
               WHEN r.value IS NULL OR r.qualifier = 'range' THEN 'a range, not one number'
               WHEN r.dataset_id IS NULL AND r.dataset IS NOT NULL THEN 'data set described, not named'
               WHEN r.dataset_id IS NULL THEN 'no data set'
               WHEN r.metric IS NULL THEN 'no metric'
               WHEN r.metric_vague THEN 'vague metric ("performance", "results on X")'
               WHEN NOT r.metric_known THEN 'metric not in the gazetteer: which way is better is unknown'
           END
    FROM results r
    WHERE r.kind = 'improvement'
    UNION ALL
    SELECT r.kind, r.metric, r.model, r.sentence, r.paper_id, r.result_id, r.text,
           CASE
               WHEN r.value IS NULL OR r.qualifier = 'range' THEN 'a range, not one number'
               WHEN (r.metric IS NULL OR r.metric_vague) AND r.model_key IS NULL
                   THEN 'no subject: names neither what nor a model'
               WHEN r.kind = 'reduction' AND r.unit = '%' AND r.value >= 100 THEN 'a cut of 100% or more'
           END
    FROM results r
    WHERE r.kind IN ('speedup', 'reduction')
    UNION ALL
    SELECT r.kind, r.metric, r.model, r.sentence, r.paper_id, r.result_id, r.text,
           CASE
               WHEN r.value IS NULL OR r.qualifier = 'range' THEN 'a range, not one number'
               WHEN r.unit <> 'params' THEN 'not a count of parameters'
               WHEN r.model IS NULL THEN 'no model'
               WHEN r.model_key IS NULL THEN 'no particular model ("our model", "LLMs", a link)'
               WHEN r.model_is_other THEN 'the name is a data set or metric'
               WHEN abs(r.value - r.model_name_size) > 0.02 * r.model_name_size THEN 'size contradicts the name'
           END
    FROM results r
    WHERE r.kind = 'param_count'
),
-- the most common name, ties to the first by name (mode() picks among ties by the plan's row order)
names AS (
    SELECT kind, reason, CASE WHEN kind = 'param_count' THEN model ELSE metric END AS name, count(*) AS n
    FROM why
    WHERE reason IS NOT NULL AND CASE WHEN kind = 'param_count' THEN model ELSE metric END IS NOT NULL
    GROUP BY ALL
),
top_names AS (
    SELECT kind, reason, first(name ORDER BY n DESC, name) AS most_common_name FROM names GROUP BY ALL
),
grouped AS (
    SELECT kind, reason, count(*) AS results,
           arg_min(sentence, result_id) AS sentence,
           arg_min(paper_id, result_id) AS paper_id,
           arg_min(text, result_id) AS _text
    FROM why
    WHERE reason IS NOT NULL
    GROUP BY kind, reason
)
SELECT g.kind, g.reason, g.results, t.most_common_name,
       display_title(p.title) AS title, p.url, g.sentence, g.paper_id, g._text
FROM grouped g
LEFT JOIN top_names t USING (kind, reason)
LEFT JOIN papers p USING (paper_id)
ORDER BY CASE g.kind WHEN 'score' THEN 0 WHEN 'improvement' THEN 1 WHEN 'speedup' THEN 2
                     WHEN 'reduction' THEN 3 ELSE 4 END, g.results DESC, g.reason
