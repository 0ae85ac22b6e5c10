-- title: Models by parameter count
-- description: Named models by their reported size, largest first; one row per model name (normalised: "LLaMA-2 7B" = "Llama 2-7B") and size, however many papers report it. The row shows the first paper (by id) that reports it. Set aside: ranges ("770M to 11B"); names that are no particular model ("our model", "LLMs", "7B-sized", a link); names the gazetteer knows as a data set or metric ("JFT-300M", "top-1"); sizes that contradict the size in the name ("GLM-4-9B" with 128K is a context length).
-- chart: logbars
-- empty: No parameter count names a particular model.
WITH sized AS (
    SELECT r.*,
           count(DISTINCT paper_id) OVER (PARTITION BY model_key, value) AS papers,
           row_number() OVER (PARTITION BY model_key, value ORDER BY paper_id, result_id) AS k
    FROM results r
    WHERE r.kind = 'param_count' AND r.unit = 'params' AND r.value IS NOT NULL
      AND r.qualifier <> 'range' AND r.model_key IS NOT NULL AND NOT r.model_is_other
      AND (r.model_name_size IS NULL OR abs(r.value - r.model_name_size) <= 0.02 * r.model_name_size)
)
SELECT row_number() OVER (ORDER BY s.value DESC, s.model_key) AS rank,
       s.model, s.model_family, s.value,
       CASE WHEN s.value >= 1e12 THEN printf('%.4gT', s.value / 1e12)
            WHEN s.value >= 1e9 THEN printf('%.4gB', s.value / 1e9)
            WHEN s.value >= 1e6 THEN printf('%.4gM', s.value / 1e6)
            WHEN s.value >= 1e3 THEN printf('%.4gK', s.value / 1e3)
            ELSE printf('%.4g', s.value) END AS size,
       replace(s.text, '\%', '%') AS as_written, s.qualifier, s.papers, display_title(p.title) AS title, s.url, s.sentence, s.paper_id, s.result_id,
       s.model_key AS _model_key, s.text AS _text
FROM sized s
LEFT JOIN papers p USING (paper_id)
WHERE s.k = 1
QUALIFY rank <= getvariable('top_list') * 5
ORDER BY s.value DESC, s.model_key, s.paper_id, s.result_id
