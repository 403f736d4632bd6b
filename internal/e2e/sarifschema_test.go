package e2e_test

import (
	"encoding/json"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"testing"
)

// A sarifObject is what the SARIF 2.1.0 schema (OASIS standard,
// sarif-schema-2.1.0.json) says of one object type, for the types a
// logoutcheck log can hold: the properties the type defines, those it
// requires, and the type of each property that is itself an object, an
// array of objects or a map of objects.
type sarifObject struct {
	props    []string
	required []string
	objects  map[string]string // property -> object type
	arrays   map[string]string // property -> element object type
	maps     map[string]string // property -> value object type
	minItems map[string]int    // array property -> minimum length
}

// sarifSchema is the part of the SARIF 2.1.0 schema that validateSARIF
// checks. Every type's property list is the schema's full list, so that
// a property the schema does not define (a misspelled key) is an error.
var sarifSchema = map[string]sarifObject{
	"sarifLog": {
		props:    []string{"$schema", "version", "runs", "inlineExternalProperties", "properties"},
		required: []string{"version", "runs"},
		arrays:   map[string]string{"runs": "run"},
	},
	"run": {
		props: []string{"tool", "invocations", "conversion", "language", "versionControlProvenance",
			"originalUriBaseIds", "artifacts", "logicalLocations", "graphs", "results", "automationDetails",
			"runAggregates", "baselineGuid", "redactionTokens", "defaultEncoding", "defaultSourceLanguage",
			"newlineSequences", "columnKind", "externalPropertyFileReferences", "threadFlowLocations",
			"taxonomies", "addresses", "translations", "policies", "webRequests", "webResponses",
			"specialLocations", "properties"},
		required: []string{"tool"},
		objects:  map[string]string{"tool": "tool", "properties": "propertyBag"},
		arrays:   map[string]string{"results": "result"},
		maps:     map[string]string{"originalUriBaseIds": "artifactLocation"},
	},
	"tool": {
		props:    []string{"driver", "extensions", "properties"},
		required: []string{"driver"},
		objects:  map[string]string{"driver": "toolComponent", "properties": "propertyBag"},
	},
	"toolComponent": {
		props: []string{"guid", "name", "organization", "product", "productSuite", "shortDescription",
			"fullDescription", "fullName", "version", "semanticVersion", "dottedQuadFileVersion",
			"releaseDateUtc", "downloadUri", "informationUri", "globalMessageStrings", "notifications",
			"rules", "taxa", "locations", "language", "contents", "isComprehensive",
			"localizedDataSemanticVersion", "minimumRequiredLocalizedDataSemanticVersion",
			"associatedComponent", "translationMetadata", "supportedTaxonomies", "properties"},
		required: []string{"name"},
		objects: map[string]string{"shortDescription": "multiformatMessageString",
			"fullDescription": "multiformatMessageString", "properties": "propertyBag"},
		arrays: map[string]string{"rules": "reportingDescriptor"},
	},
	"reportingDescriptor": {
		props: []string{"id", "deprecatedIds", "guid", "deprecatedGuids", "name", "deprecatedNames",
			"shortDescription", "fullDescription", "messageStrings", "defaultConfiguration", "helpUri",
			"help", "relationships", "properties"},
		required: []string{"id"},
		objects: map[string]string{"shortDescription": "multiformatMessageString",
			"fullDescription": "multiformatMessageString", "help": "multiformatMessageString",
			"defaultConfiguration": "reportingConfiguration", "properties": "propertyBag"},
	},
	"reportingConfiguration": {
		props:   []string{"enabled", "level", "rank", "parameters", "properties"},
		objects: map[string]string{"properties": "propertyBag"},
	},
	"multiformatMessageString": {
		props:    []string{"text", "markdown", "properties"},
		required: []string{"text"},
	},
	"message": {
		props: []string{"text", "markdown", "id", "arguments", "properties"},
		// The schema requires text or id (anyOf); validateSARIF checks it.
	},
	"result": {
		props: []string{"ruleId", "ruleIndex", "rule", "kind", "level", "message", "analysisTarget",
			"locations", "guid", "correlationGuid", "occurrenceCount", "partialFingerprints",
			"fingerprints", "stacks", "codeFlows", "graphs", "graphTraversals", "relatedLocations",
			"suppressions", "baselineState", "rank", "attachments", "hostedViewerUri", "workItemUris",
			"provenance", "fixes", "taxa", "webRequest", "webResponse", "properties"},
		required: []string{"message"},
		objects:  map[string]string{"message": "message", "properties": "propertyBag"},
		arrays:   map[string]string{"locations": "location", "fixes": "fix"},
	},
	"location": {
		props:   []string{"id", "physicalLocation", "logicalLocations", "message", "annotations", "relationships", "properties"},
		objects: map[string]string{"physicalLocation": "physicalLocation", "message": "message", "properties": "propertyBag"},
	},
	"physicalLocation": {
		props:   []string{"address", "artifactLocation", "region", "contextRegion", "properties"},
		objects: map[string]string{"artifactLocation": "artifactLocation", "region": "region", "contextRegion": "region", "properties": "propertyBag"},
	},
	"artifactLocation": {
		props:   []string{"uri", "uriBaseId", "index", "description", "properties"},
		objects: map[string]string{"description": "message", "properties": "propertyBag"},
	},
	"region": {
		props: []string{"startLine", "startColumn", "endLine", "endColumn", "charOffset", "charLength",
			"byteOffset", "byteLength", "snippet", "message", "sourceLanguage", "properties"},
		objects: map[string]string{"message": "message", "properties": "propertyBag"},
	},
	"fix": {
		props:    []string{"description", "artifactChanges", "properties"},
		required: []string{"artifactChanges"},
		objects:  map[string]string{"description": "message", "properties": "propertyBag"},
		arrays:   map[string]string{"artifactChanges": "artifactChange"},
		minItems: map[string]int{"artifactChanges": 1},
	},
	"artifactChange": {
		props:    []string{"artifactLocation", "replacements", "properties"},
		required: []string{"artifactLocation", "replacements"},
		objects:  map[string]string{"artifactLocation": "artifactLocation", "properties": "propertyBag"},
		arrays:   map[string]string{"replacements": "replacement"},
		minItems: map[string]int{"replacements": 1},
	},
	"replacement": {
		props:    []string{"deletedRegion", "insertedContent", "properties"},
		required: []string{"deletedRegion"},
		objects:  map[string]string{"deletedRegion": "region", "insertedContent": "artifactContent", "properties": "propertyBag"},
	},
	"artifactContent": {
		props:   []string{"text", "binary", "rendered", "properties"},
		objects: map[string]string{"properties": "propertyBag"},
	},
	// A property bag takes any property; tags is a list of unique strings.
	"propertyBag": {},
}

// validateSARIF returns the ways in which the SARIF log data breaks the
// SARIF 2.1.0 schema, for the object types of sarifSchema: unknown and
// missing properties, arrays below their minimum length, and the value
// constraints on version, levels, ruleIndex, regions, URIs and tags.
func validateSARIF(data []byte) []string {
	var v any
	if err := json.Unmarshal(data, &v); err != nil {
		return []string{"not JSON: " + err.Error()}
	}
	var errs []string
	var walk func(path, typ string, v any)
	walk = func(path, typ string, v any) {
		o, ok := v.(map[string]any)
		if !ok {
			errs = append(errs, fmt.Sprintf("%s: %T, want a %s object", path, v, typ))
			return
		}
		s := sarifSchema[typ]
		if typ == "propertyBag" {
			if tags, ok := o["tags"]; ok {
				list, ok := tags.([]any)
				seen := map[any]bool{}
				for _, tag := range list {
					if _, isString := tag.(string); !isString || seen[tag] {
						ok = false
					}
					seen[tag] = true
				}
				if !ok {
					errs = append(errs, path+".tags: not a list of unique strings")
				}
			}
			return
		}
		for _, k := range s.required {
			if _, ok := o[k]; !ok {
				errs = append(errs, fmt.Sprintf("%s: %s lacks required property %q", path, typ, k))
			}
		}
		for k, pv := range o {
			p := path + "." + k
			if !slices.Contains(s.props, k) {
				errs = append(errs, fmt.Sprintf("%s: %s has no property %q", path, typ, k))
				continue
			}
			if t, ok := s.objects[k]; ok {
				walk(p, t, pv)
			}
			if t, ok := s.arrays[k]; ok {
				list, ok := pv.([]any)
				if !ok {
					errs = append(errs, p+": not an array")
					continue
				}
				if len(list) < s.minItems[k] {
					errs = append(errs, fmt.Sprintf("%s: %d items, want at least %d", p, len(list), s.minItems[k]))
				}
				for i, e := range list {
					walk(fmt.Sprintf("%s[%d]", p, i), t, e)
				}
			}
			if t, ok := s.maps[k]; ok {
				m, ok := pv.(map[string]any)
				if !ok {
					errs = append(errs, p+": not an object")
					continue
				}
				for mk, e := range m {
					walk(p+"["+mk+"]", t, e)
				}
			}
		}
		errs = append(errs, checkValues(path, typ, o)...)
	}
	walk("log", "sarifLog", v)
	return errs
}

// checkValues checks the value constraints of the schema on the
// properties of one object of type typ.
func checkValues(path, typ string, o map[string]any) []string {
	var errs []string
	intAtLeast := func(k string, lo float64) {
		if v, ok := o[k]; ok {
			if n, ok := v.(float64); !ok || n != float64(int64(n)) || n < lo {
				errs = append(errs, fmt.Sprintf("%s.%s: %v, want an integer >= %v", path, k, v, lo))
			}
		}
	}
	str := func(k string) (string, bool) {
		v, ok := o[k]
		if !ok {
			return "", false
		}
		s, isString := v.(string)
		if !isString {
			errs = append(errs, fmt.Sprintf("%s.%s: %v, want a string", path, k, v))
		}
		return s, isString
	}
	uri := func(k string, absolute bool) {
		if s, ok := str(k); ok {
			u, err := url.Parse(s)
			if err != nil || absolute && !u.IsAbs() {
				errs = append(errs, fmt.Sprintf("%s.%s: %q is not a valid %s", path, k, s, map[bool]string{true: "absolute URI", false: "URI reference"}[absolute]))
			}
		}
	}
	switch typ {
	case "sarifLog":
		if v, _ := str("version"); v != "2.1.0" {
			errs = append(errs, fmt.Sprintf("%s.version: %q, want \"2.1.0\"", path, v))
		}
		uri("$schema", true)
	case "run":
		if s, ok := str("columnKind"); ok && s != "utf16CodeUnits" && s != "unicodeCodePoints" {
			errs = append(errs, fmt.Sprintf("%s.columnKind: %q", path, s))
		}
	case "toolComponent":
		str("name")
		str("version")
		uri("informationUri", true)
	case "reportingDescriptor":
		str("id")
		str("name")
		uri("helpUri", true)
	case "reportingConfiguration", "result":
		if s, ok := str("level"); ok && !slices.Contains([]string{"none", "note", "warning", "error"}, s) {
			errs = append(errs, fmt.Sprintf("%s.level: %q, want none, note, warning or error", path, s))
		}
		if typ == "result" {
			str("ruleId")
			intAtLeast("ruleIndex", -1)
		}
	case "multiformatMessageString":
		str("text")
	case "message":
		_, text := o["text"]
		_, id := o["id"]
		if !text && !id {
			errs = append(errs, path+": message has neither text nor id")
		}
		str("text")
	case "artifactLocation":
		uri("uri", false)
		str("uriBaseId")
	case "region":
		for _, k := range []string{"startLine", "startColumn", "endLine", "endColumn"} {
			intAtLeast(k, 1)
		}
		intAtLeast("charOffset", -1)
		intAtLeast("byteOffset", -1)
		intAtLeast("charLength", 0)
		intAtLeast("byteLength", 0)
	case "artifactContent":
		str("text")
	}
	return errs
}

// TestValidateSARIF checks that validateSARIF finds what breaks the schema
// in logs that differ from a valid one in one way each.
func TestValidateSARIF(t *testing.T) {
	t.Parallel()
	const valid = `{"$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": "2.1.0", "runs": [{
		"tool": {"driver": {"name": "x", "rules": [{"id": "r", "helpUri": "https://example.com/#r", "properties": {"tags": ["CWE-613"]}}]}},
		"originalUriBaseIds": {"%SRCROOT%": {"uri": "file:///src/"}},
		"results": [{"ruleId": "r", "ruleIndex": 0, "level": "error", "message": {"text": "m"},
			"locations": [{"physicalLocation": {"artifactLocation": {"uri": "a.go", "uriBaseId": "%SRCROOT%"}, "region": {"startLine": 1, "startColumn": 1}}}],
			"fixes": [{"description": {"text": "Fix it"}, "artifactChanges": [{"artifactLocation": {"uri": "a.go"},
				"replacements": [{"deletedRegion": {"startLine": 2, "startColumn": 1, "endLine": 2, "endColumn": 1}, "insertedContent": {"text": "x"}}]}]}]}]}]}`
	if errs := validateSARIF([]byte(valid)); len(errs) > 0 {
		t.Fatalf("a valid log: %q", errs)
	}
	for _, c := range []struct{ old, new, want string }{
		{`"version": "2.1.0"`, `"version": "2.0.0"`, "log.version"},
		{`"helpUri"`, `"helpURI"`, `has no property "helpURI"`},
		{`"message": {"text": "m"}`, `"message": {}`, "neither text nor id"},
		{`"message": {"text": "m"}`, `"msg": {"text": "m"}`, `lacks required property "message"`},
		{`"level": "error"`, `"level": "high"`, ".level"},
		{`"startLine": 1`, `"startLine": 0`, "startLine"},
		{`"ruleIndex": 0`, `"ruleIndex": "0"`, "ruleIndex"},
		{`["CWE-613"]`, `["CWE-613", "CWE-613"]`, "unique strings"},
		{`"driver": {"name": "x",`, `"driver": {`, `lacks required property "name"`},
		{`"replacements": [{"deletedRegion": {"startLine": 2, "startColumn": 1, "endLine": 2, "endColumn": 1}, "insertedContent": {"text": "x"}}]`, `"replacements": []`, "want at least 1"},
		{`"insertedContent": {"text": "x"}`, `"insertedContent": "x"`, "artifactContent object"},
		{`"uri": "file:///src/"`, `"uri": "file:///src/", "base": "x"`, `has no property "base"`},
	} {
		broken := strings.Replace(valid, c.old, c.new, 1)
		if broken == valid {
			t.Fatalf("%q is not in the valid log", c.old)
		}
		errs := validateSARIF([]byte(broken))
		if !slices.ContainsFunc(errs, func(e string) bool { return strings.Contains(e, c.want) }) {
			t.Errorf("%s -> %s: errors %q, want one containing %q", c.old, c.new, errs, c.want)
		}
	}
}
