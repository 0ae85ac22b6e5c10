-- title: Scores reported per data set
-- description: Every score an abstract reports on the data set, by metric: metrics the gazetteer ranks first, best first by the metric's direction; the rest by value as written. Unlike the best-score board this keeps every number (all of a paper's models and settings, earlier systems' numbers the abstract cites, ranges), so it answers "what has been reported on X".
-- empty: No score names a data set.
SELECT s.dataset_id AS dataset, s.dataset AS dataset_as_written, coalesce(s.metric_id, '') AS metric,
       s.value, s.unit, replace(s.text, '\%', '%') AS as_written, s.qualifier, s.setting, s.model,
       CASE WHEN s.higher_is_better THEN 'higher' WHEN NOT s.higher_is_better THEN 'lower' END AS better,
       display_title(p.title) AS title, s.url, s.sentence, s.paper_id, s.result_id
FROM scores s
LEFT JOIN papers p USING (paper_id)
WHERE s.dataset_id IS NOT NULL
ORDER BY s.dataset_id, s.metric_known DESC, s.metric_id NULLS LAST, s.score_unit,
         CASE WHEN s.higher_is_better THEN -s.score WHEN NOT s.higher_is_better THEN s.score END NULLS LAST,
         s.value DESC NULLS LAST, s.paper_id, s.result_id
