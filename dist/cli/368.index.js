export const id = 368;
export const ids = [368,321];
export const modules = {

/***/ 9368:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadScenarioThoroughly: () => (/* binding */ loadScenarioThoroughly)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/scenario/yaml-source.ts
var yaml_source = __webpack_require__(7321);
// EXTERNAL MODULE: ./src/core/scenario/yaml-values.ts
var yaml_values = __webpack_require__(9586);
;// CONCATENATED MODULE: ./src/core/scenario/includes.ts



/** Enough for any real project, small enough that a diamond of includes cannot blow up. */
const MAX_INCLUDES = 200;
const MAX_DEPTH = 16;
async function expandTools(items, source, options) {
    const context = {
        files: options.files,
        boundary: options.boundary,
        chain: [options.realFile],
        problems: options.problems,
        budget: { remaining: MAX_INCLUDES },
        incomplete: false,
    };
    const expanded = await expandList(items, source, ['tools'], context);
    return { ...expanded, incomplete: context.incomplete };
}
async function expandList(items, source, listPath, context) {
    const tools = [];
    const origins = [];
    for (const [index, item] of items.entries()) {
        const itemPath = [...listPath, index];
        if (!(item instanceof yaml_values/* IncludeRef */.a)) {
            tools.push(item);
            origins.push({ source, path: itemPath });
            continue;
        }
        const included = await loadInclude(item, source, itemPath, context);
        if (included === null) {
            context.incomplete = true;
            continue;
        }
        tools.push(...included.tools);
        origins.push(...included.origins);
    }
    return { tools, origins };
}
async function loadInclude(ref, from, refPath, context) {
    const problem = (message) => {
        context.problems.push({ file: from.file, ...(0,yaml_source.positionOf)(from, refPath, 'value'), message, path: refPath.join('.') });
        return null;
    };
    if (typeof ref.path !== 'string' || ref.path.trim() === '')
        return problem(`!include needs a file path, e.g. !include tools/search.yaml`);
    if ((0,external_node_path_.isAbsolute)(ref.path))
        return problem(`!include paths are relative to the including file; '${ref.path}' is absolute`);
    context.budget.remaining -= 1;
    if (context.budget.remaining < 0)
        return problem(`too many includes (more than ${MAX_INCLUDES}) in one scenario`);
    if (context.chain.length > MAX_DEPTH)
        return problem(`includes nested more than ${MAX_DEPTH} deep`);
    const file = (0,external_node_path_.join)((0,external_node_path_.dirname)(from.file), ref.path);
    let realFile;
    try {
        realFile = await context.files.realPath(file);
    }
    catch {
        return problem(`included file '${ref.path}' not found (looked for ${file})`);
    }
    if (!isInside(realFile, context.boundary)) {
        return problem(`included file '${ref.path}' is outside the project root (${context.boundary}); includes must stay inside it`);
    }
    const loopStart = context.chain.indexOf(realFile);
    if (loopStart !== -1) {
        const loop = [...context.chain.slice(loopStart), realFile].map((path) => (0,external_node_path_.relative)(context.boundary, path) || path);
        return problem(`include loop: ${loop.join(' -> ')}`);
    }
    let text;
    try {
        text = await context.files.readFile(file);
    }
    catch (error) {
        return problem(`cannot read included file '${ref.path}': ${error instanceof Error ? error.message : String(error)}`);
    }
    const parsed = (0,yaml_source.parseYamlSource)(text, file, { what: 'an included tool file', allowList: true });
    context.problems.push(...parsed.problems);
    if (!parsed.source)
        return null;
    const value = parsed.source.value;
    if (!Array.isArray(value))
        return { tools: [value], origins: [{ source: parsed.source, path: [] }] };
    const nested = { ...context, chain: [...context.chain, realFile] };
    const expanded = await expandList(value, parsed.source, [], nested);
    if (nested.incomplete)
        context.incomplete = true;
    return expanded;
}
function isInside(path, directory) {
    const relation = (0,external_node_path_.relative)((0,external_node_path_.resolve)(directory), (0,external_node_path_.resolve)(path));
    return relation !== '' && !relation.startsWith(`..${external_node_path_.sep}`) && relation !== '..' && !(0,external_node_path_.isAbsolute)(relation);
}

// EXTERNAL MODULE: ./src/core/scenario/load-scenario.ts + 1 modules
var load_scenario = __webpack_require__(1680);
// EXTERNAL MODULE: ./src/core/scenario/parse-once.ts
var parse_once = __webpack_require__(5683);
// EXTERNAL MODULE: ./src/core/scenario/schema.ts
var schema = __webpack_require__(2267);
// EXTERNAL MODULE: ./src/core/scenario/semantic-checks.ts
var semantic_checks = __webpack_require__(6968);
// EXTERNAL MODULE: ./src/core/scenario/zod-issues.ts
var zod_issues = __webpack_require__(8944);
;// CONCATENATED MODULE: ./src/core/scenario/load-scenario-thoroughly.ts










/**
 * The full path of loading a scenario file (load-scenario.ts takes the fast
 * one when it can): the `yaml` package's document, includes resolved, and
 * every problem of the file, and of the files it includes, at its file, line
 * and column. A module of its own so that a run whose files are all plain
 * never loads `yaml`.
 */
/** The full path, for every file: `yaml`'s document, includes, and each problem at its place. */
async function loadScenarioThoroughly(file, text, options) {
    const main = parseMainSource(file, text);
    const problems = [...main.problems];
    const raw = main.source.value;
    const expanded = Array.isArray(raw.tools) ? await expandIncludes(raw.tools, main.source, options, problems) : null;
    const assertions = (0,load_scenario/* normaliseAssertions */.eE)(raw.assertions);
    const data = { ...raw };
    if (expanded)
        data.tools = expanded.tools;
    if (assertions)
        data.assertions = assertions.values;
    (0,load_scenario/* applyProjectDefaults */.ut)(data, options.config);
    const locate = createLocator(main.source, expanded?.origins ?? null, assertions?.renames ?? new Map());
    const at = (path, target, message) => ({ ...locate(path, target), message, path: path.join('.') });
    const misplacedIncludes = findIncludes(data, []);
    for (const path of misplacedIncludes)
        problems.push(at(path, 'value', `!include is only allowed as an item of 'tools'`));
    for (const [index, message] of assertions?.invalid ?? [])
        problems.push(at(['assertions', index], 'value', message));
    const result = schema/* scenarioSchema */.mE.safeParse(data, parse_once/* PARSE_ONCE */.M);
    if (!result.success) {
        const skipped = [...misplacedIncludes, ...[...(assertions?.invalid.keys() ?? [])].map((index) => ['assertions', index])];
        const issues = result.error.issues.filter((issue) => !skipped.some((path) => startsWith(issue.path, path)));
        problems.push(...(0,zod_issues/* describeIssues */.wF)(issues, data, schema/* scenarioSchema */.mE, locate).map(hintDefaultModel));
    }
    const describePlace = (path) => {
        const place = locate(path, 'value');
        return place.file === main.source.file ? `line ${place.line}` : `${place.file}:${place.line}`;
    };
    for (const problem of (0,semantic_checks/* crossCheck */.D)({ data, toolsComplete: !expanded?.incomplete, describePlace })) {
        problems.push(at(problem.path, problem.target, problem.message));
    }
    if (problems.length > 0 || !result.success)
        throw new errors/* ConfigError */.xL(sortProblems(problems, file));
    return (0,load_scenario/* validScenario */.RL)(file, result.data, options.config, (index) => (0,yaml_source.positionOf)(main.source, ['assertions', index], 'value').line);
}
function parseMainSource(file, text) {
    const parsed = (0,yaml_source.parseYamlSource)(text, file, { what: 'a scenario' });
    if (!parsed.source)
        throw new errors/* ConfigError */.xL(parsed.problems);
    return { source: parsed.source, problems: parsed.problems };
}
async function expandIncludes(tools, source, options, problems) {
    if (!tools.some((tool) => tool instanceof yaml_values/* IncludeRef */.a)) {
        return { tools, origins: tools.map((_, index) => ({ source, path: ['tools', index] })), incomplete: false };
    }
    const realFile = await options.reader.realPath(source.file);
    const realRoot = await options.reader.realPath(options.projectRoot).catch(() => options.projectRoot);
    // A scenario outside the project (validated by path) may include files beside it, but no further out.
    const boundary = isInside(realFile, realRoot) ? realRoot : (0,external_node_path_.dirname)(realFile);
    return expandTools(tools, source, { files: options.reader, boundary, realFile, problems });
}
function hintDefaultModel(problem) {
    if (problem.path !== 'model' || !problem.message.startsWith('missing'))
        return problem;
    return { ...problem, message: `${problem.message} (or set default_model in salvo.yaml)` };
}
/**
 * Maps a path into the assembled scenario back to the file and node the user
 * wrote: tools may come from included files, and shorthand assertions
 * renamed their keys.
 */
function createLocator(main, origins, renames) {
    const place = (source, path, target) => ({ file: source.file, ...(0,yaml_source.positionOf)(source, path, target) });
    return (path, target) => {
        const [head, index, ...rest] = path;
        const origin = head === 'tools' && typeof index === 'number' ? origins?.[index] : undefined;
        if (origin)
            return place(origin.source, [...origin.path, ...rest], target);
        const renamed = head === 'assertions' && typeof index === 'number' ? renames.get(index) : undefined;
        const [fieldName, ...inner] = rest;
        if (renamed && typeof fieldName === 'string' && fieldName in renamed) {
            const original = renamed[fieldName];
            if (original === null || original === undefined)
                return place(main, ['assertions', index], 'value');
            return place(main, ['assertions', index, original, ...inner], target);
        }
        return place(main, path, target);
    };
}
function findIncludes(value, path) {
    if (value instanceof yaml_values/* IncludeRef */.a)
        return [path];
    if (Array.isArray(value))
        return value.flatMap((item, index) => findIncludes(item, [...path, index]));
    if (typeof value === 'object' && value !== null) {
        return Object.entries(value).flatMap(([key, item]) => findIncludes(item, [...path, key]));
    }
    return [];
}
function startsWith(path, prefix) {
    return prefix.every((segment, index) => path[index] === segment);
}
function sortProblems(problems, mainFile) {
    const rank = (problem) => (problem.file === mainFile ? 0 : 1);
    return [...problems].sort((a, b) => rank(a) - rank(b) || a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}


/***/ }),

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
