"""Measure articleparse against gold-labelled corpora: ``articleparse evaluate``.

>>> from articleparse.evaluation import evaluate          # doctest: +SKIP
>>> result = evaluate(["reuters21578.jsonl.gz"])          # doctest: +SKIP
>>> result.figures()["overall"]["headline.accuracy"]      # doctest: +SKIP
0.93

The matching rules are in :mod:`~articleparse.evaluation.matching`, the counting in
:mod:`~articleparse.evaluation.scoring`, the run over files in
:mod:`~articleparse.evaluation.runner`, and the sub-command in
:mod:`~articleparse.evaluation.cli`.  See ``docs/evaluation.md``.
"""

from articleparse.evaluation.runner import (
    Evaluation,
    EvaluationInputError,
    FileResult,
    ParseFn,
    evaluate,
    read_figures,
    write_figures,
)
from articleparse.evaluation.scoring import (
    FIELDS,
    Scoreboard,
    compare_figures,
    score_record,
)

__all__ = [
    "FIELDS",
    "Evaluation",
    "EvaluationInputError",
    "FileResult",
    "ParseFn",
    "Scoreboard",
    "compare_figures",
    "evaluate",
    "read_figures",
    "score_record",
    "write_figures",
]
