export const id = 321;
export const ids = [321];
export const modules = {

/***/ 7321:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseYamlSource: () => (/* binding */ parseYamlSource),
/* harmony export */   positionOf: () => (/* binding */ positionOf)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _yaml_values_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9586);


/**
 * YAML text -> plain values, keeping the parsed document and its line counter
 * so every later problem can point at the offending key or value. Everything a
 * hostile or careless file can do (syntax errors, duplicate keys, several
 * documents, huge files, alias bombs) ends here as a problem, never a hang.
 */
/** yaml's guard against exponential alias expansion ("billion laughs"). */
const MAX_ALIAS_COUNT = 100;
const includeTag = {
    tag: '!include',
    identify: () => false,
    resolve: (value) => new _yaml_values_js__WEBPACK_IMPORTED_MODULE_1__/* .IncludeRef */ .a(value),
};
function parseYamlSource(text, file, options) {
    const fail = (message, line = 1, column = 1) => ({ source: null, problems: [{ file, line, column, message }] });
    if (text.length > _yaml_values_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_SOURCE_BYTES */ .T || new TextEncoder().encode(text).byteLength > _yaml_values_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_SOURCE_BYTES */ .T) {
        return fail(`file is larger than ${_yaml_values_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_SOURCE_BYTES */ .T / 1024 / 1024} MB; ${options.what} should be far smaller`);
    }
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const at = (offset) => {
        const position = lineCounter.linePos(offset ?? 0);
        return { file, line: position.line, column: position.col };
    };
    let documents;
    try {
        const parsed = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseAllDocuments */ .hR)(text, { lineCounter, customTags: [includeTag], uniqueKeys: false, prettyErrors: false, merge: true });
        documents = Array.isArray(parsed) ? parsed : [];
    }
    catch (error) {
        // Only pathological input (nesting thousands of levels deep) gets here.
        return fail(`cannot parse YAML: ${error instanceof Error ? error.message : String(error)}`);
    }
    const [doc, second] = documents;
    if (second) {
        return { source: null, problems: [{ ...at(second.range?.[0]), message: `a file holds one YAML document; a second one starts here` }] };
    }
    const syntax = (doc?.errors ?? []).map((error) => ({ ...at(error.pos[0]), message: `YAML syntax error: ${error.message}` }));
    if (syntax.length > 0)
        return { source: null, problems: syntax };
    if (!doc || doc.contents === null) {
        if (options.allowEmpty)
            return { source: emptySource(file, text, lineCounter), problems: [] };
        return fail(`file is empty; ${options.what} must be a mapping of fields (key: value)`);
    }
    const problems = doc.warnings.map((warning) => ({ ...at(warning.pos[0]), message: warning.message }));
    const top = doc.contents;
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(top) && !(options.allowList && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(top))) {
        const found = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(top) ? 'a list' : (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(top) ? `the value ${JSON.stringify(top.value)}` : 'something else';
        return { source: null, problems: [{ ...at(top.range?.[0]), message: `${options.what} must be a mapping of fields (key: value), found ${found}` }] };
    }
    problems.push(...duplicateKeyProblems(doc, at));
    let value;
    try {
        value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    }
    catch (error) {
        if (!(error instanceof ReferenceError || error instanceof RangeError))
            throw error;
        const message = `too many aliases: the document expands to an excessive size ('billion laughs'); avoid nesting aliases`;
        return { source: null, problems: [{ ...at(firstAliasOffset(doc)), message }] };
    }
    return { source: { file, text, doc, lineCounter, value }, problems };
}
function emptySource(file, text, lineCounter) {
    return { file, text, doc: (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseAllDocuments */ .hR)('{}')[0], lineCounter, value: {} };
}
function duplicateKeyProblems(doc, at) {
    const problems = [];
    (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR)(doc, {
        Map(_, map) {
            const seen = new Map();
            for (const pair of map.items) {
                if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key))
                    continue;
                const name = String(pair.key.value);
                const offset = pair.key.range?.[0];
                const first = seen.get(name);
                if (first === undefined) {
                    seen.set(name, offset ?? 0);
                    continue;
                }
                const firstLine = at(first).line;
                problems.push({ ...at(offset), message: `duplicate key '${name}' (first defined at line ${firstLine}); keep one` });
            }
        },
    });
    return problems;
}
function firstAliasOffset(doc) {
    let offset = 0;
    (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR)(doc, {
        Alias(_, alias) {
            offset = alias.range?.[0] ?? 0;
            return yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR.BREAK;
        },
    });
    return offset;
}
/**
 * The position of the node at `path` (keys and list indexes into the
 * document), or of the deepest node that exists on the way there. `key`
 * points at the key of a mapping entry (unknown fields), `value` at its value.
 */
function positionOf(source, path, target) {
    let node = source.doc.contents;
    let keyNode = null;
    let complete = true;
    for (const segment of path) {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node))
            node = node.resolve(source.doc) ?? node;
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
            const pair = node.items.find((item) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(item.key) && String(item.key.value) === String(segment));
            if (!pair) {
                complete = false;
                break;
            }
            keyNode = pair.key;
            node = hasRange(pair.value) ? pair.value : pair.key;
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node) && typeof segment === 'number' && node.items[segment] !== undefined) {
            keyNode = null;
            node = node.items[segment];
        }
        else {
            complete = false;
            break;
        }
    }
    const chosen = complete && target === 'key' && hasRange(keyNode) ? keyNode : node;
    const position = source.lineCounter.linePos(hasRange(chosen) ? chosen.range[0] : 0);
    return { line: position.line, column: position.col };
}
function hasRange(node) {
    return typeof node === 'object' && node !== null && 'range' in node && Array.isArray(node.range);
}


/***/ })

};
