"""Find every translatable string in lishui_desktop/ with `ast`, the way the program looks it up.

pyside6-lupdate understands `self.tr(...)`, `QCoreApplication.translate("Ctx", ...)` and
`QT_TRANSLATE_NOOP("Ctx", ...)` with literal contexts. It does not follow what the non-Qt layers
do: a context held in a module constant (`translate(CTX, ...)`), wrappers such as
`cli.common.tr(text)` (context "Cli") or `reports.layout.tr(text)` (context "Reports"), imported
under another name (`QT_TRANSLATE_NOOP as N`). This module resolves those:

- base functions: `translate` / `QT_TRANSLATE_NOOP` of domain/i18n.py and any `.translate(...)`
  attribute call take (context, text, ...); `.tr(text)` and `QT_TR_NOOP(text)` take the
  enclosing class as context;
- a wrapper is a module-level function that passes one of its parameters as the text of a
  translating call: with a constant context it is a fixed-context wrapper (`tr(text)`), with a
  context parameter it is translate-like (`translate_form(context, text, ...)`);
- names are resolved through module constants, class constants and `from X import a as b`.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from pathlib import Path

I18N_MODULE = "lishui_desktop.domain.i18n"
# (module, name) -> ("like", ctx_index, text_index) | ("fixed", context, text_index)
Wrapper = tuple[str, object, int]
BASE: dict[tuple[str, str], Wrapper] = {
    (I18N_MODULE, "translate"): ("like", 0, 1),
    (I18N_MODULE, "QT_TRANSLATE_NOOP"): ("like", 0, 1),
}
FALLBACK_LIKE = {"translate", "QT_TRANSLATE_NOOP"}


@dataclass
class Module:
    name: str
    path: Path
    tree: ast.Module
    consts: dict[str, str] = field(default_factory=dict)
    imports: dict[str, tuple[str, str]] = field(default_factory=dict)
    functions: dict[str, ast.FunctionDef] = field(default_factory=dict)


def _literal(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _literal(node.left), _literal(node.right)
        if left is not None and right is not None:
            return left + right
    return None


def load(root: Path, package: str = "lishui_desktop") -> dict[str, Module]:
    modules: dict[str, Module] = {}
    for path in sorted((root / package).rglob("*.py")):
        rel = path.relative_to(root).with_suffix("")
        parts = list(rel.parts)
        if parts[-1] == "__init__":
            parts.pop()
        name = ".".join(parts)
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        mod = Module(name, path, tree)
        for node in tree.body:
            if isinstance(node, ast.Assign) and len(node.targets) == 1:
                target, value = node.targets[0], _literal(node.value)
                if isinstance(target, ast.Name) and value is not None:
                    mod.consts[target.id] = value
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                for alias in node.names:
                    mod.imports[alias.asname or alias.name] = (node.module, alias.name)
            elif isinstance(node, ast.FunctionDef):
                mod.functions[node.name] = node
        modules[name] = mod
    return modules


class Resolver:
    def __init__(self, modules: dict[str, Module]) -> None:
        self.modules = modules
        self.wrappers: dict[tuple[str, str], Wrapper] = dict(BASE)
        self._find_wrappers()

    def const(self, mod: Module, name: str, class_consts: dict[str, str]) -> str | None:
        if name in class_consts:
            return class_consts[name]
        if name in mod.consts:
            return mod.consts[name]
        if name in mod.imports:
            source, attr = mod.imports[name]
            other = self.modules.get(source)
            if other is not None and other is not mod:
                return self.const(other, attr, {})
        return None

    def context(self, mod: Module, node: ast.expr, class_consts: dict[str, str]) -> str | None:
        value = _literal(node)
        if value is None and isinstance(node, ast.Name):
            value = self.const(mod, node.id, class_consts)
        return value

    def wrapper(self, mod: Module, func: ast.expr) -> Wrapper | None:
        """What a called name does, or None when it is not a translating call we know."""
        if isinstance(func, ast.Attribute):
            if func.attr == "translate":
                return ("like", 0, 1)
            if func.attr == "tr":
                return ("class", None, 0)
            return None
        if not isinstance(func, ast.Name):
            return None
        name = func.id
        if (mod.name, name) in self.wrappers:
            return self.wrappers[(mod.name, name)]
        if name in mod.imports:
            found = self.wrappers.get(mod.imports[name])
            if found:
                return found
        if name in FALLBACK_LIKE:
            return ("like", 0, 1)
        if name in ("tr", "QT_TR_NOOP") and name not in mod.functions and name not in mod.imports:
            return ("class", None, 0)
        return None

    def _find_wrappers(self) -> None:
        changed = True
        while changed:
            changed = False
            for mod in self.modules.values():
                for fname, func in mod.functions.items():
                    key = (mod.name, fname)
                    if key in self.wrappers:
                        continue
                    found = self._as_wrapper(mod, func)
                    if found:
                        self.wrappers[key] = found
                        changed = True

    def _as_wrapper(self, mod: Module, func: ast.FunctionDef) -> Wrapper | None:
        params = [a.arg for a in func.args.posonlyargs + func.args.args]
        for node in ast.walk(func):
            if not isinstance(node, ast.Call):
                continue
            kind = self.wrapper(mod, node.func)
            if kind is None or kind[0] == "class":
                continue
            text_i = kind[2]
            if text_i >= len(node.args):
                continue
            text = node.args[text_i]
            if not (isinstance(text, ast.Name) and text.id in params):
                continue
            p_text = params.index(text.id)
            if kind[0] == "fixed":
                return ("fixed", kind[1], p_text)
            ctx_node = node.args[int(kind[1])]  # type: ignore[call-overload]
            if isinstance(ctx_node, ast.Name) and ctx_node.id in params:
                return ("like", params.index(ctx_node.id), p_text)
            ctx = self.context(mod, ctx_node, {})
            if ctx is not None:
                return ("fixed", ctx, p_text)
        return None


@dataclass(frozen=True)
class Found:
    context: str
    source: str
    file: str
    line: int


def extract(root: Path, package: str = "lishui_desktop") -> list[Found]:
    """Every (context, source) the program can look up, with where it was found."""
    modules = load(root, package)
    resolver = Resolver(modules)
    found: list[Found] = []
    for mod in modules.values():
        rel = mod.path.relative_to(root).as_posix()

        def visit(node: ast.AST, cls: str | None, consts: dict[str, str], mod: Module = mod,
                  rel: str = rel) -> None:
            if isinstance(node, ast.ClassDef):
                cls = node.name
                consts = dict(consts)
                for item in node.body:
                    if isinstance(item, ast.Assign) and len(item.targets) == 1:
                        value = _literal(item.value)
                        if isinstance(item.targets[0], ast.Name) and value is not None:
                            consts[item.targets[0].id] = value
            if isinstance(node, ast.Call):
                kind = resolver.wrapper(mod, node.func)
                if kind is not None:
                    ctx: str | None
                    text_i = kind[2]
                    if kind[0] == "class":
                        ctx = cls
                    elif kind[0] == "fixed":
                        ctx = str(kind[1])
                    else:
                        ctx_i = int(kind[1])  # type: ignore[call-overload]
                        arg = node.args[ctx_i] if ctx_i < len(node.args) else None
                        ctx = resolver.context(mod, arg, consts) if arg is not None else None
                    text = _literal(node.args[text_i]) if text_i < len(node.args) else None
                    if ctx and text:
                        found.append(Found(ctx, text, rel, node.lineno))
            for child in ast.iter_child_nodes(node):
                visit(child, cls, consts)

        visit(mod.tree, None, {})
    return found
