"""Render the three PDF resumes from tools/src/ with the project's tests/render.py render()."""
import importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parent
spec = importlib.util.spec_from_file_location("render", HERE.parents[4] / "tests" / "render.py")
render = importlib.util.module_from_spec(spec)
spec.loader.exec_module(render)

for src in sorted((HERE / "src").glob("*.md")):
    print(render.render(src, "pdf", HERE.parent / "resumes"))
