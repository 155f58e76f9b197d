"""Executes a notebook through the Jupyter protocol (nbclient, the .NET Interactive kernel registered as a
Jupyter kernel) and compares its outputs with the committed ones, cell by cell, as nbrun check does: cells
tagged nondeterministic only need outputs without errors; errors are compared without their stack frames.

Jupyter and VS Code save the same result differently (a cell's value is an execute_result in Jupyter, a
display_data in VS Code; VS Code names every .NET error "Error"; Jupyter keeps one stream output per write,
where VS Code joins consecutive writes), so both sides are reduced to what the learner sees: each stream's
text, each value's richest representation, each error's message. The kernel also reports compiler warnings
to Jupyter as standard error (Polyglot Notebooks shows them as squiggles instead), and the first cell sends
Jupyter a script that loads the kernel's JavaScript API: both are ignored.

Usage: python3 check_in_jupyter.py NOTEBOOK KERNEL_NAME
"""
import copy
import difflib
import os
import sys

import nbclient
import nbformat


def text(value):
    return "".join(value) if isinstance(value, list) else str(value)


def merged(outputs):
    result = []
    for output in outputs:
        if "loadDotnetInteractiveApi" in text(output.get("data", {}).get("text/html", "")):
            continue
        if output["output_type"] == "stream":
            kept = "".join(l for l in text(output["text"]).splitlines(keepends=True)
                           if not (output["name"] == "stderr" and (l.startswith("warning CS") or l.strip() == "")))
            if not kept:
                continue
            if result and result[-1]["output_type"] == "stream" and result[-1]["name"] == output["name"]:
                result[-1] = {**result[-1], "text": text(result[-1]["text"]) + kept}
                continue
            output = {**output, "text": kept}
        result.append(output)
    return result


def render(cell):
    lines = []
    for output in merged(cell.get("outputs", [])):
        kind = output["output_type"]
        if kind == "stream":
            lines.append(f"[stream {output['name']}]")
            lines.extend(text(output["text"]).replace("\r\n", "\n").rstrip("\n").split("\n"))
        elif kind in ("display_data", "execute_result"):
            data = output.get("data", {})
            mime = next((m for m in ("text/html", "text/markdown", "image/png", "application/json", "text/plain") if m in data), None)
            lines.append(f"[value {mime}]")
            if mime is not None:
                lines.extend(text(data[mime]).replace("\r\n", "\n").rstrip("\n").split("\n"))
        elif kind == "error":
            lines.append("[error]")
            message = output.get("evalue", "")
            lines.extend(l for l in message.replace("\r\n", "\n").split("\n") if not l.startswith("   at ") and not l.startswith("--- End of"))
    return lines


def main():
    path, kernel_name = sys.argv[1], sys.argv[2]
    committed = nbformat.read(path, as_version=4)
    executed = copy.deepcopy(committed)
    folder = os.path.dirname(os.path.abspath(path))
    client = nbclient.NotebookClient(executed, kernel_name=kernel_name, timeout=300, startup_timeout=180,
                                     allow_errors=True, resources={"metadata": {"path": folder}})
    client.execute()

    problems = 0
    for index, (before, after) in enumerate(zip(committed.cells, executed.cells)):
        if before.cell_type != "code":
            continue
        label = f"cell {index + 1} (id {before.get('id')})"
        tags = before.get("metadata", {}).get("tags", [])
        if "nondeterministic" in tags or "nbval-ignore-output" in tags:
            if not after.outputs or (any(o["output_type"] == "error" for o in after.outputs) and "raises-exception" not in tags):
                print(f"  {label}: tagged nondeterministic, but produced no output or an error")
                problems += 1
            continue
        diff = list(difflib.unified_diff(render(before), render(after), "committed", "jupyter", lineterm=""))
        if diff:
            print(f"  {label}: outputs differ")
            print("\n".join("    " + l for l in diff))
            problems += 1

    print(f"{'ok  ' if problems == 0 else 'FAIL'} {path} in Jupyter ({kernel_name}): {problems} differing cells")
    return 0 if problems == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
