"""Canonical skills, their aliases, and the requirement family each belongs to.

One lexicon serves both sides, so "K8S" in a posting and "Kubernetes" in a resume meet.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache


@dataclass(frozen=True)
class Skill:
    name: str
    family: str
    aliases: tuple[str, ...]  # regular expressions, matched case-insensitively on word bounds
    common: bool = False  # a plain noun ("monitoring"), written in lower case mid-sentence

    @property
    def in_sentence(self) -> str:
        return self.name.lower() if self.common else self.name

    @property
    def pattern(self) -> re.Pattern[str]:
        return _compiled(self.aliases)


@cache
def _compiled(aliases: tuple[str, ...]) -> re.Pattern[str]:
    # A plural "s" may follow; a longer word may not ("Java" never matches "JavaScript").
    return re.compile(r"(?<![\w/+#.-])(?:" + "|".join(aliases) + r")s?(?![\w+#-])", re.I)


SKILLS: tuple[Skill, ...] = (
    Skill("Java", "java", (r"java(?!\s*script)(?:\s*\d+)?", r"jvm", r"j2ee", r"spring boot")),
    Skill("Python", "python", (r"python",)),
    Skill("Distributed systems", "distributed-systems", common=True, aliases=(
        r"distributed[\w\s,-]{0,40}?(?:systems?|services?|computing|architectures?|software)",
        r"microservices?")),
    Skill("Hadoop", "big-data", (r"hadoop", r"hdfs", r"mapreduce")),
    Skill("Oozie", "big-data", (r"oozie",)),
    Skill("Pig", "big-data", (r"apache pig", r"pig(?= *[,/)]| latin| scripts?)", r"(?<=, )pig")),
    Skill("Hive", "big-data", (r"hive(?:ql)?",)),
    Skill("HBase", "big-data", (r"hbase",)),
    Skill("Spark", "big-data-related", (r"spark", r"pyspark")),
    Skill("Kafka", "big-data-related", (r"kafka",)),
    Skill("Vertex AI", "vertex-ai", (r"(?:gcp |google )?vertex(?: ai)?",)),
    Skill("AutoML", "vertex-ai", (r"auto ?ml",)),
    Skill("GCP", "vertex-ai-related", (r"gcp", r"google cloud(?: platform)?", r"bigquery")),
    Skill("TensorFlow", "ml-frameworks", (r"tensor ?flow", r"keras")),
    Skill("PyTorch", "ml-frameworks", (r"py ?torch",)),
    Skill("scikit-learn", "ml-frameworks", (r"scikit[- ]learn", r"sklearn")),
    Skill("Logging", "operability", common=True,
          aliases=(r"logging", r"elk", r"splunk", r"elasticsearch")),
    Skill("Monitoring", "operability", common=True,
          aliases=(r"monitoring", r"prometheus", r"grafana", r"datadog", r"observability")),
    Skill("Alerting", "operability", common=True,
          aliases=(r"alerting", r"alerts", r"pagerduty", r"on-call")),
    Skill("Debugging", "operability", common=True, aliases=(r"debugging", r"troubleshooting")),
    Skill("CI/CD", "ci-cd", (r"ci ?/ ?cd", r"continuous integration", r"continuous delivery",
                             r"jenkins", r"github actions", r"gitlab ci", r"ci pipelines?")),
    Skill("Maven", "ci-cd", (r"maven",)),
    Skill("Gradle", "ci-cd", (r"gradle",)),
    Skill("Performance optimization", "performance", common=True, aliases=(
        r"performance (?:optimi[sz]\w*|tuning|engineering|improvements?)",
        r"optimi[sz]\w* (?:the )?(?:system |application |query )?performance",
        r"(?:reduc|cut|improv|lower)\w* (?:p\d\d |tail |query )?latency",
        r"(?:increas|improv)\w* throughput", r"high[- ]volume", r"profiling")),
    Skill("Kubernetes", "containers", (r"kubernetes", r"k8s", r"gke", r"eks", r"openshift")),
    Skill("Docker", "containers", (r"docker",)),
    Skill("Collaboration", "collaboration", common=True, aliases=(
        r"collaborat\w*", r"cross[- ]functional", r"communicat\w*", r"stakeholders?",
        r"product managers?", r"partnered with", r"research(?:ers| team| scientists)")),
)

BY_NAME = {skill.name: skill for skill in SKILLS}


def find_skills(text: str) -> dict[str, list[str]]:
    """Canonical skill name -> the matched spans in `text`, in order of appearance."""
    found: dict[str, list[str]] = {}
    for skill in SKILLS:
        hits = [m.group(0) for m in skill.pattern.finditer(text)]
        if hits:
            found[skill.name] = hits
    return found


def skills_in_family(family: str) -> list[Skill]:
    return [s for s in SKILLS if s.family == family]
