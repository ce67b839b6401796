"""Synthetic job postings for benchmarks: deterministic for a seed, varied in shape, ~10 chunks each."""

from __future__ import annotations

import random
import re
from pathlib import Path

TITLES = ["Backend Engineer", "Data Engineer", "Machine Learning Engineer", "Site Reliability Engineer",
          "Frontend Developer", "Platform Engineer", "Data Scientist", "Security Analyst",
          "Mobile Developer", "Solutions Architect", "QA Engineer", "Product Designer",
          "DevOps Engineer", "Analytics Engineer", "Engineering Manager"]
LEVELS = ["", "Junior ", "Senior ", "Staff ", "Lead ", "Principal "]
COMPANIES = ["Northwind Traders", "Contoso", "Fabrikam", "Tailspin Toys", "Wide World Importers",
             "Adventure Works", "Litware", "Proseware", "Woodgrove Bank", "Blue Yonder Airlines",
             "Coho Winery", "Fourth Coffee", "Lucerne Publishing", "Margie's Travel", "Trey Research"]
PLACES = ["Toronto, Canada", "Berlin, Germany", "Austin, USA", "Lisbon, Portugal", "Remote, Canada",
          "Hybrid, London, UK", "Remote, Europe", "Montreal, Canada", "Sydney, Australia",
          "On-site, Dublin, Ireland", "Remote, USA", "Hybrid, Amsterdam, Netherlands"]
SKILLS = ["Java", "Python", "Go", "Rust", "TypeScript", "Kotlin", "SQL", "Kafka", "Spark", "Airflow",
          "dbt", "Snowflake", "PostgreSQL", "Redis", "Kubernetes", "Docker", "Terraform", "AWS", "GCP",
          "Azure", "React", "GraphQL", "gRPC", "TensorFlow", "PyTorch", "scikit-learn", "Hadoop",
          "Elasticsearch", "Prometheus", "Grafana", "Jenkins", "Gradle", "Maven", "Linux", "Swift"]
VERBS = ["Design", "Build", "Own", "Operate", "Improve", "Scale", "Maintain", "Automate", "Review",
         "Document", "Monitor", "Migrate", "Test", "Ship", "Mentor others on"]
OBJECTS = ["distributed services", "data pipelines", "customer-facing APIs", "internal tooling",
           "batch and streaming jobs", "deployment pipelines", "model serving infrastructure",
           "observability dashboards", "the public website", "billing systems", "search features",
           "mobile release trains", "security controls", "feature stores", "the developer platform"]
QUALIFIERS = ["with high availability", "for millions of users", "in close collaboration with product",
              "across several time zones",
              "with a strong focus on reliability", "under tight latency budgets",
              "following clear engineering standards", "while keeping costs in check",
              "together with data scientists", "with automated tests and code review"]
BENEFITS = ["Health, dental and vision insurance", "A yearly learning budget of {n},000 for courses and "
            "conferences", "{n} weeks of paid vacation plus public holidays", "A home-office allowance",
            "Parental leave of {n} months", "Flexible working hours", "A pension plan with employer match",
            "Stock options", "Wellness stipend paid monthly", "Team retreats twice a year"]
PROSE = ["We are a {size}-person team that {does}.", "Our customers rely on us to {does}.",
         "You will join a group of {n} engineers who {does}.", "The role reports to the head of {area}.",
         "We value clear writing, careful reviews and calm on-call rotations.",
         "Most of our work happens in small, autonomous squads with a lot of ownership.",
         "We ship to production several times a day and measure what we ship.",
         "This is a new position created as the {area} group grows.",
         "You will help us {does} while keeping the platform simple to operate."]
DOES = ["builds tools that help small businesses sell online", "moves billions of events a day",
        "keeps payments flowing for thousands of merchants", "helps hospitals schedule their staff",
        "makes travel booking less painful", "runs the data platform for the whole company",
        "turns research models into reliable products", "protects customer data from attackers"]
AREAS = ["engineering", "data", "infrastructure", "product", "security", "machine learning"]


def _prose(rng: random.Random, sentences: int) -> str:
    def fill() -> dict:
        return {"size": rng.choice([12, 40, 85, 150, 400]), "n": rng.randint(3, 12),
                "does": rng.choice(DOES), "area": rng.choice(AREAS)}

    return " ".join(t.format(**fill()) for t in rng.sample(PROSE, min(sentences, len(PROSE))))


def _duty(rng: random.Random) -> str:
    return f"{rng.choice(VERBS)} {rng.choice(OBJECTS)} {rng.choice(QUALIFIERS)}, using " \
           f"{', '.join(rng.sample(SKILLS, 2))} and {rng.choice(SKILLS)}"


def _requirement(rng: random.Random) -> str:
    return rng.choice([
        f"{rng.randint(2, 10)}+ years of experience with {rng.choice(SKILLS)} in production",
        f"Solid knowledge of {rng.choice(SKILLS)} and {rng.choice(SKILLS)}, including testing and "
        f"debugging {rng.choice(OBJECTS)}",
        f"Experience operating {rng.choice(OBJECTS)} {rng.choice(QUALIFIERS)}",
        f"A degree in computer science or equivalent practical experience with {rng.choice(SKILLS)}",
        f"Fluent English; {rng.choice(['French', 'German', 'Spanish', 'Portuguese'])} is a plus",
    ])


def _heading(rng: random.Random, name: str) -> str:
    return rng.choice([f"## {name}", f"**{name}**", f"{name}:", name.upper()])


def _bullets(rng: random.Random, items: list[str]) -> str:
    marker = rng.choice(["-", "*", "\u2022", "1."])
    return "\n".join(f"{f'{i}.' if marker == '1.' else marker} {item}" for i, item in enumerate(items, 1))


def posting_markdown(rng: random.Random) -> tuple[str, str]:
    """(file stem, Markdown text) of one posting drawn from `rng`."""
    title = rng.choice(LEVELS) + rng.choice(TITLES)
    company, place = rng.choice(COMPANIES), rng.choice(PLACES)
    parts = [f"# {title}", f"Company: {company}", f"Location: {place}",
             _heading(rng, "About the role"), _prose(rng, rng.randint(5, 9))]
    parts += [_heading(rng, "Responsibilities"),
              _bullets(rng, [_duty(rng) for _ in range(rng.randint(6, 12))])]
    parts += [_heading(rng, "Requirements"),
              _bullets(rng, [_requirement(rng) for _ in range(rng.randint(5, 10))])]
    if rng.random() < 0.6:
        parts += [_heading(rng, rng.choice(["Tech stack", "Our stack"])),
                  f"We work with {', '.join(rng.sample(SKILLS, 6))} and {rng.choice(SKILLS)}. "
                  + _prose(rng, rng.randint(1, 3))]
    if rng.random() < 0.7:
        parts += [_heading(rng, "Nice to have"),
                  _bullets(rng, [_requirement(rng) for _ in range(rng.randint(2, 4))])]
    n = rng.randint(2, 6)
    parts += [_heading(rng, "Benefits"),
              _bullets(rng, [b.format(n=n) for b in rng.sample(BENEFITS, rng.randint(3, 6))])]
    if rng.random() < 0.5:
        low = rng.randint(60, 150)
        high = low + rng.randint(15, 40)
        parts += [_heading(rng, "Salary"),
                  f"The salary range is ${low},000 to ${high},000 per year, depending on experience."]
    parts += [_heading(rng, "How to apply"), _prose(rng, rng.randint(1, 3)) +
              f" Send your resume before {rng.randint(1, 28)} {rng.choice(['March', 'June', 'October'])}; "
              f"the process has {rng.choice(['two', 'three', 'four'])} interview rounds."]
    parts += [_heading(rng, f"About {company}"), _prose(rng, rng.randint(3, 7))]
    stem = re.sub(r"[^a-z0-9]+", "-", f"{company} {title}".lower()).strip("-")
    return stem, "\n\n".join(parts) + "\n"


def generate_corpus(directory: Path, count: int, seed: int = 1234) -> list[Path]:
    """Write `count` postings as Markdown files; the same seed gives byte-identical files."""
    directory.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    paths = []
    for i in range(count):
        stem, text = posting_markdown(rng)
        path = directory / f"{stem}-{i:05d}.md"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths
