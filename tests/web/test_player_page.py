"""The viewer page's shell: where the quality menu sits, hidden until the player fills it."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

from sender.web.player import Assets, render_page


class Tree(HTMLParser):
    """Each element's tag, attributes and the ids of its ancestors, in document order."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[tuple[str, dict[str, str | None]]] = []
        self.elements: list[tuple[str, dict[str, str | None], list[str]]] = []
        self.text: dict[str, str] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        ancestors = [a.get("id") or a.get("class") or t for t, a in self.stack]
        self.elements.append((tag, found, [x for x in ancestors if x]))
        if tag not in {"meta", "link"}:
            self.stack.append((tag, found))

    def handle_endtag(self, tag: str) -> None:
        while self.stack and self.stack.pop()[0] != tag:
            pass

    def handle_data(self, data: str) -> None:
        if self.stack:
            key = self.stack[-1][1].get("for") or self.stack[-1][1].get("id") or ""
            self.text[key] = self.text.get(key, "") + data

    def find(self, element_id: str) -> tuple[str, dict[str, str | None], list[str]]:
        matches = [e for e in self.elements if e[1].get("id") == element_id]
        assert len(matches) == 1, (element_id, matches)
        return matches[0]


def parse(mode: str) -> Tree:
    tree = Tree()
    tree.feed(render_page(mode=mode, slug="show", title="Show", assets=Assets()))  # type: ignore[arg-type]
    return tree


@pytest.mark.parametrize(("mode", "parent"), [("watch", "bar"), ("embed", "stage")])
def test_quality_menu_is_a_labelled_select_hidden_until_filled(mode: str, parent: str) -> None:
    tree = parse(mode)
    tag, attrs, ancestors = tree.find("quality")
    assert tag == "div" and "hidden" in attrs
    assert ancestors[-1] == parent  # in the title bar; over the video in the embed
    tag, attrs, ancestors = tree.find("quality-select")
    assert tag == "select" and ancestors[-1] == "quality"
    labels = [e for e in tree.elements if e[0] == "label"]
    assert [a.get("for") for _, a, _ in labels] == ["quality-select"]
    assert tree.text["quality-select"] == "Quality"
    # The player fills the options; the shell offers none.
    assert not [e for e in tree.elements if e[0] == "option"]
