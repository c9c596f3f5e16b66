"""A loaded index answering retrieval: dense + lexical candidates, filters, fusion.

`Index.open` is cheap to call again: the server reopens when the index link points at a new
build, and requests already holding the old `Index` finish on it.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

import numpy as np

from insyn.errors import IndexFolderError, InsynError
from insyn.index import dense, folder, fusion, integrity, store
from insyn.index.embedder import Embedder
from insyn.index.lexical import LexicalIndex
from insyn.index.build import windows
from insyn.ingest.glossary import swedish_terms, synonyms
from insyn.ingest.swedish import fold, participle_twin
from insyn.settings import Settings
from insyn.types import Chunk, Kind

CANDIDATES = 100  # per retriever, before fusion
WINDOWS_PER_CHUNK = 4  # dense windows fetched per wanted chunk (several windows share a chunk);
# with IVF-PQ at least settings.rescore_windows are fetched and re-scored exactly from embeddings.npy


@dataclass(frozen=True, slots=True)
class Filters:
    doc: str | None = None
    year: int | None = None
    region: str | None = None
    organ: str | None = None
    kind: Kind | None = None

    def active(self) -> bool:
        return any(v is not None for v in (self.doc, self.year, self.region, self.organ, self.kind))


@dataclass(frozen=True, slots=True)
class Hit:
    pos: int  # the chunk's row in the index
    chunk: Chunk
    score: float  # fused, 0..1
    dense: float  # cosine similarity
    lexical: float  # raw BM25


# endings of Swedish definite and plural forms the Snowball stemmer leaves on ("-an" of "summan")
_INFLECTIONS = ("n", "s", "t", "an", "en", "et", "na", "ns", "ar", "er", "or", "ens", "ets", "ans", "nas")


class Index:
    def __init__(self, build: Path, manifest: dict[str, Any], embedder: Embedder, settings: Settings) -> None:
        self.build = build
        self.manifest = manifest
        self.embedder = embedder
        self.settings = settings
        self.con = store.connect(build / folder.DB)
        self.dense = dense.load(build, dense.DenseParams(**manifest["dense"]))
        self.lexical = LexicalIndex.load(build / "lexical")
        self._owner = np.load(build / folder.WINDOW_OWNER)
        self._vectors = np.load(build / folder.EMBEDDINGS, mmap_mode="r")
        self._df = self.lexical.document_frequencies()
        self._query_cache: dict[tuple[str, str], np.ndarray] = {}
        self._vocab = sorted(t for t, n in self._df.items() if n)
        self.documents = {d.doc: d for d in store.documents(self.con)}
        self._places = _place_pattern(d.region for d in self.documents.values())
        self._region_of = {d.doc: fold(d.region or "") for d in self.documents.values()}  # folded once, not per query
        meta = store.chunk_meta(self.con)
        self._doc_of = np.array([d for d, _, _ in meta], dtype=object)
        self._kind_of = np.array([k for _, k, _ in meta], dtype=object)
        self._index_places()

    def _index_places(self) -> None:
        """Each place's naming word, and each chunk's place as a number (for the place mask)."""
        regions = sorted({r for r in self._region_of.values() if r})
        self._place_word = {r: re.compile(rf"\b{re.escape(_place_base(r))}") for r in regions if len(_place_base(r)) >= 4}
        code = {doc: regions.index(r) if r else -1 for doc, r in self._region_of.items()}
        self._region_code = np.fromiter((code[d] for d in self._doc_of), dtype=np.int32, count=len(self._doc_of))
        self._regions = regions

    @classmethod
    def open(cls, settings: Settings, embedder: Embedder) -> Index:
        """The live build, checked whole (`integrity`); IndexFolderError when it is missing or damaged."""
        build = folder.resolve(settings.index)
        manifest = folder.read_manifest(build)
        try:
            if manifest["model"]["name"] != embedder.name or manifest["model"]["dim"] != embedder.dim:
                raise InsynError(
                    f"index at {settings.index} was built with {manifest['model']['name']} "
                    f"({manifest['model']['dim']} dims), not {embedder.name}: re-run `insyn ingest` or set INSYN_MODEL"
                )
            index = cls(build, manifest, embedder, settings)
            reason = integrity.disagreement(manifest, index.con, index._owner, index._vectors, index.dense.ntotal,
                                            len(index.lexical))
            if reason:
                raise IndexFolderError(f"damaged index at {build}: {reason}; re-run `insyn ingest` into a new --index",
                                       reason=reason)
        except InsynError:
            raise
        except Exception as err:  # noqa: BLE001 - a damaged file fails in its library's own way (sqlite, faiss, numpy, json)
            what = f"{type(err).__name__}: {str(err).splitlines()[0][:160] if str(err) else 'unreadable'}"
            raise IndexFolderError(f"damaged index at {build}: {what}; re-run `insyn ingest` into a new --index",
                                   reason=f"a file is unreadable ({type(err).__name__})") from err
        return index

    def __len__(self) -> int:
        return len(self._doc_of)

    # --- filters -------------------------------------------------------------------------
    def values(self) -> dict[str, list[str]]:
        """The values each filter accepts, from what this index holds."""
        docs = self.documents.values()
        return {
            "doc": sorted(self.documents),
            "year": sorted({str(d.year) for d in docs if d.year}),
            "region": sorted({d.region for d in docs if d.region}),
            "organ": sorted({d.organ for d in docs if d.organ}),
            "kind": [k.value for k in Kind],
        }

    def mask(self, filters: Filters) -> np.ndarray | None:
        """Positions allowed by the filters; raises InsynError naming an unknown value."""
        if not filters.active():
            return None
        allowed_docs = set(self.documents)
        if filters.doc is not None:
            allowed_docs &= self._match("doc", filters.doc, lambda d: {d.doc})
        if filters.year is not None:
            allowed_docs &= self._match("year", str(filters.year), lambda d: {str(d.year)})
        if filters.region is not None:
            allowed_docs &= self._match("region", filters.region, lambda d: {d.region or ""})
        if filters.organ is not None:
            allowed_docs &= self._match("organ", filters.organ, lambda d: {d.organ or ""})
        mask = np.isin(self._doc_of, list(allowed_docs))
        if filters.kind is not None:
            mask &= self._kind_of == filters.kind.value
        return mask

    def _match(self, name: str, value: str, keys: Any) -> set[str]:
        want = fold(value).strip()
        hits = {d.doc for d in self.documents.values() if any(_same(want, fold(k)) for k in keys(d) if k)}
        if not hits:
            known = ", ".join(self.values()[name][:12])
            raise InsynError(f"unknown {name} {value!r}; this index has: {known}")
        return hits

    # --- retrieval -----------------------------------------------------------------------
    def search(self, query: str, k: int = 10, filters: Filters = Filters(), lang: str = "sv",
               named_places_only: bool = True) -> list[Hit]:
        """The k best passages; an English query also searches with its Swedish governance terms.
        A question naming places of the index searches their documents, unless told otherwise."""
        mask = self.mask(filters)
        if mask is not None and not mask.any():
            return []
        if filters.region is None and named_places_only:
            mask = self._within_named_places(query, mask)
        vector = self.query_vector(query, lang)
        n = max(CANDIDATES, 4 * k)
        d_ids, d_scores = self._dense(vector, n, mask)
        core = self.without_places(query)
        lexical_query = f"{core} {swedish_terms(core)}" if lang == "en" else f"{core} {synonyms(core)}"
        l_ids, l_scores = self.lexical.search(lexical_query, n, allowed=mask)
        dense_map = dict(zip(d_ids.tolist(), d_scores.tolist()))
        lex_map = dict(zip(l_ids.tolist(), l_scores.tolist()))
        fused = fusion.convex(dense_map, lex_map, self.settings.dense_weight)
        fused = self._each_named_place(query, self._prefer_named_documents(query, fused))[:k]
        chunks = store.load_chunks(self.con, [p for p, _ in fused])
        return [Hit(p, c, s, dense_map.get(p, 0.0), lex_map.get(p, 0.0)) for (p, s), c in zip(fused, chunks)]

    def query_vector(self, query: str, lang: str = "sv") -> np.ndarray:
        """The query's embedding, remembered for the few calls one request makes. An English
        query carries the Swedish terms of its governance phrases along, and any query the
        abbreviations the documents define for what it says."""
        key = (query, lang)
        if key not in self._query_cache:
            if len(self._query_cache) > 256:
                self._query_cache.clear()
            core = self.without_places(query)
            extra = swedish_terms(core) if lang == "en" else ""
            extra = " ".join(x for x in (extra, *self.lexical.short_forms(core)) if x)
            text = f"{core} ({extra})" if extra else core
            self._query_cache[key] = self.embedder.encode_queries([text])[0]
        return self._query_cache[key]

    def without_places(self, query: str) -> str:
        """The query without the names of the regions and municipalities this index holds.

        Every passage of a document is about its region, so its name says nothing about which
        passage answers, while the chunks that repeat it ("Region Västerbottens vision") would
        win on it alone. The documents of the named place are preferred by the document prior.
        """
        core = self._places.sub(" ", query) if self._places is not None else query
        core = " ".join(core.split())
        return core if len(core) >= 3 else query

    def window_scores(self, pos: int, query_vector: np.ndarray) -> list[tuple[str, float]]:
        """Each window of chunk `pos` with its cosine to the query: where in a passage the answer is."""
        start, end = np.searchsorted(self._owner, [pos, pos + 1])
        chunk = store.load_chunks(self.con, [pos])[0]
        texts = windows(chunk.search_text or chunk.text)
        sims = self._vectors[start:end] @ query_vector
        return list(zip(texts, sims.tolist())) if len(texts) == len(sims) else [(chunk.text, float(sims.max(initial=0)))]

    def lexical_knows(self, term: str, docs: set[str] | None = None) -> bool:
        """Whether a lexical term, or a word it begins, or a compound of two such standing in one
        passage, is indexed (in `docs`, when given: a big index knows most words somewhere).
        "enkelbiljett" is not known from "enkel" on one page and "biljetter" on another."""
        def where(t: str) -> set[int]:
            found = self.lexical.positions(t)
            if docs is not None:
                found = found[np.isin(self._doc_of[found], list(docs))]
            return set(found.tolist())

        def one(t: str, prefix_ok: bool) -> set[int]:
            found = where(t) if self._df.get(t, 0) else set()
            if prefix_ok:
                i = bisect.bisect_left(self._vocab, t)
                for v in itertools.takewhile(lambda v: v.startswith(t), self._vocab[i : i + 50]):
                    found |= where(v)
            return found

        if one(term, len(term) >= 5) or ((twin := participle_twin(term)) and one(twin, False)):
            return True
        # a definite or plural form the stemmer keeps whole: "kontraktssumman" where "kontraktssumma" is indexed
        if any(term.endswith(tail) and len(term) - len(tail) >= 5 and self._df.get(term[: -len(tail)], 0)
               and where(term[: -len(tail)]) for tail in _INFLECTIONS):
            return True
        if any(
            (one(term[:i], i >= 4) | (one(term[: i - 1], False) if term[i - 1] == "s" else set())) & one(term[i:], True)
            for i in range(3, len(term) - 2)
        ):
            return True
        # a compound of three, whose long parts stand in one passage and make most of it: "hyrpersonalberoendet"
        # where a report writes "beroendet av inhyrd personal"
        parts = [p for p in self.lexical.splitter.split(term) if len(p) >= 4] if self.lexical.splitter else []
        if len(parts) < 2 or sum(map(len, parts)) < 0.75 * len(term):
            return False
        return bool(set.intersection(*(one(p, True) for p in parts)))

    def document_frequency(self, term: str) -> int:
        """How many chunks a lexical term occurs in."""
        return self._df.get(term, 0)

    def idf(self, term: str) -> float:
        """Inverse document frequency of a lexical term over the chunks (unseen terms score highest)."""
        df = self._df.get(term, 0)
        return float(np.log((len(self) + 1) / (df + 0.5)))

    def named_regions(self, query: str) -> set[str]:
        """The regions and municipalities of this index a question names (folded)."""
        folded = fold(query)
        folded = _EXONYM.sub(lambda m: EXONYMS[m.group(0)], folded)
        return {r for r, word in self._place_word.items() if word.search(folded)}

    def _within_named_places(self, query: str, mask: np.ndarray | None) -> np.ndarray | None:
        """A question naming places of this index ("Har Göteborgs Stad någon plan för att
        betala av på sina lån?") is answered from their documents, as if filtered by region:
        another place's plan about loans is no answer. Unchanged when nothing is left."""
        named = self.named_regions(query)
        if not named or len(named) == len(self._regions):
            return mask
        place = np.isin(self._region_code, [self._regions.index(r) for r in named])
        within = place if mask is None else mask & place
        return within if within.any() else mask

    def _prefer_named_documents(self, query: str, fused: list[tuple[int, float]]) -> list[tuple[int, float]]:
        """Lift passages of documents the question names by year, organ, region or kind.

        Plans of the same board for different years share most of their text; "regionstyrelsens
        nämndplan 2025" should find the 2025 plan first. The lift is small, so content still wins.
        """
        folded = fold(query)
        docs = {self._doc_of[p] for p, _ in fused}
        boost = {doc: document_prior(folded, self.documents[doc]) for doc in docs}
        if not any(boost.values()):
            return fused
        lifted = [(p, s + PRIOR_WEIGHT * boost[self._doc_of[p]]) for p, s in fused]
        return sorted(lifted, key=lambda kv: (-kv[1], kv[0]))

    def _each_named_place(self, query: str, fused: list[tuple[int, float]]) -> list[tuple[int, float]]:
        """A question comparing places ("Västerbotten ... and Region Västernorrland") gets the
        best passage of each named place first, so no place is left below the cut."""
        named = self.named_regions(query)
        if len(named) < 2:
            return fused
        best: dict[str, int] = {}
        for i, (p, _) in enumerate(fused):
            region = self._region_of[self._doc_of[p]]
            if region in named:
                best.setdefault(region, i)
        first = sorted(best.values())
        return [fused[i] for i in first] + [kv for i, kv in enumerate(fused) if i not in set(first)]

    def _dense(self, vector: np.ndarray, n: int, mask: np.ndarray | None) -> tuple[np.ndarray, np.ndarray]:
        """Top chunks by their best window's cosine; filters apply before the cut."""
        want = n * WINDOWS_PER_CHUNK
        rescore = hasattr(self.dense, "nprobe") and hasattr(self, "_vectors")  # an IVF index
        if rescore:
            want = max(want, self.settings.rescore_windows)
        if mask is None:
            ids, sims = dense.scores(self.dense, vector, want)
        else:
            import faiss

            # a bitmap, not a batch of ids: a place mask allows ~10^6 windows at 10^6 chunks, and
            # hashing them per query costs more than the search
            allowed = mask[self._owner]
            bits = np.packbits(allowed, bitorder="little")
            sel = faiss.IDSelectorBitmap(len(allowed), faiss.swig_ptr(bits))
            params = faiss.SearchParametersIVF(sel=sel, nprobe=self.dense.nprobe) if rescore else faiss.SearchParameters(sel=sel)
            count = int(allowed.sum())
            found, hits = self.dense.search(vector.reshape(1, -1).astype(np.float32), min(want, count), params=params)
            keep = hits[0] >= 0
            ids, sims = hits[0][keep], found[0][keep]
        if rescore and len(ids):
            # PQ codes rank near-ties coarsely: re-score the fetched windows exactly (einsum, not @:
            # OpenBLAS's threads cost ~7 ms for 1,600 rows on a busy machine, einsum ~0.7 ms).
            sims = np.einsum("ij,j->i", self._vectors[np.sort(ids)], vector).astype(np.float32)
            ids = np.sort(ids)
            order = np.argsort(-sims, kind="stable")
            ids, sims = ids[order], sims[order]
        best: dict[int, float] = {}
        for chunk, sim in zip(self._owner[ids].tolist(), sims.tolist()):
            if chunk not in best:
                best[chunk] = sim
        top = list(best.items())[:n]
        return np.array([c for c, _ in top], dtype=np.int64), np.array([s for _, s in top], dtype=np.float32)


PRIOR_WEIGHT = 0.08


def _place_pattern(regions: Iterable[str | None]) -> re.Pattern[str] | None:
    """Matches a place name as a question writes it: "Region Västerbotten", "Västerbottens",
    "Göteborgs Stad", "Simrishamns kommun", also in English ("Västernorrland's")."""
    bases = set()
    for region in regions:
        if not region:
            continue
        base = re.sub(r"^region\s+", "", region.strip(), flags=re.I)
        base = re.sub(r"s?\s+(stad|kommun)$", "", base, flags=re.I)
        bases |= {base, fold(base)}
    if not bases:
        return None
    names = "|".join(sorted((re.escape(b) for b in bases), key=len, reverse=True))
    return re.compile(rf"\b(?:region\s+)?(?:{names})(?:s|'s|’s)?(?:\s+(?:stad|kommun))?\b", re.I)


EXONYMS = {"gothenburg": "goteborg", "scania": "skane"}  # folded English names of Swedish places
_EXONYM = re.compile(r"\b(" + "|".join(EXONYMS) + r")\b")


def _place_base(region: str) -> str:
    """The word a question names a place by: "region västerbotten" -> "vasterbotten",
    "göteborgs stad" -> "goteborg", "simrishamns kommun" -> "simrishamn"."""
    base = re.sub(r"^region\s+", "", fold(region).strip())
    return re.sub(r"s?\s+(stad|kommun)$", "", base)


def document_prior(folded_query: str, d: store.DocumentRow) -> float:
    """How many of a document's year, organ, region and kind the question names (0..4)."""
    score = 0.0
    if d.year and str(d.year) in folded_query:
        score += 1
    if d.organ and fold(d.organ)[:-2] in folded_query:
        score += 1
    if d.region and fold(d.region).removeprefix("region ")[:-1] in folded_query:
        score += 1
    if d.doc_type and fold(d.doc_type) in folded_query:
        score += 1
    return score


def _same(want: str, have: str) -> bool:
    """Filter values match folded, and organ names match across inflections (regionstyrelsens)."""
    if want == have:
        return True
    short, long_ = sorted((want, have), key=len)
    return len(short) >= 4 and long_.startswith(short[: max(4, len(short) - 2)])
