"""The proposed name when the abstract writes its system as a LaTeX macro it never spells out ("We
present \\ours, a framework that ... (TI)"): a name read further on is a part's, not the system's; and a
"termed" name of several title-case words is not cut to its first word."""

from __future__ import annotations

from etl.extract.proposed import proposed_names


def test_a_macro_proposal_is_not_named_by_a_later_acronym() -> None:
    abstract = (
        "We present \\ours, a modular framework that combines sparse voxel encoders, bilinear "
        "resampling (BR) and graph smoothing. It is tested on four benchmarks."
    )
    assert proposed_names("\\ours: Labelling Sparse Scans", abstract) == (None, None)


def test_a_later_proposal_after_a_macro_names_a_part() -> None:
    abstract = (
        "In this paper we introduce \\model{} for aligning clips with captions. Inside it, we propose "
        "TwinGate, a gating block that mixes the two streams."
    )
    assert proposed_names("Aligning Clips with Captions", abstract)[0] is None


def test_a_macro_with_its_acronym_is_read_by_the_acronym() -> None:
    abstract = "We study a family of samplers that we call \\fsamp (FS-AR), whose state is a vector."
    assert proposed_names("A Study of Adaptive Samplers", abstract)[0] == "FS-AR"


def test_a_data_set_macro_lets_the_method_be_read() -> None:
    abstract = (
        "We present \\dsname, a new dataset of 40k questions about kitchens. We propose Greedy "
        "Pruning (GP), a procedure that removes easy items."
    )
    assert proposed_names("Kitchen Questions", abstract)[0] == "GP"


def test_a_termed_name_of_several_words_keeps_its_acronym() -> None:
    abstract = (
        "We develop a compact network, termed \\textbf{S}can and \\textbf{R}efine "
        "\\textbf{Net}work (\\textbf{SRNet}), which mimics how people read. Our SRNet runs fast."
    )
    assert proposed_names("Reading Scenes Quickly", abstract)[0] == "SRNet"
