package driver

import (
	"bytes"
	"fmt"
	"go/format"
	"os"
	"sort"
	"strings"
)

// An edit replaces bytes [start, end) of a file.
type edit struct {
	start, end int
	text       string
}

// applyFixes applies the first suggested fix of each finding (with -diff,
// prints them instead), then summarises: what was fixed, and the findings
// that still need a person. It exits 3 while any remain.
func (d *driver) applyFixes(findings []finding) int {
	edits := map[string][]edit{} // by file name
	var fixed, manual []finding
	for _, f := range findings {
		if len(f.diag.SuggestedFixes) == 0 {
			manual = append(manual, f)
			continue
		}
		var es []edit
		file := ""
		for _, te := range f.diag.SuggestedFixes[0].TextEdits {
			start, end := f.pkg.Fset.Position(te.Pos), f.pkg.Fset.Position(te.End)
			if te.End == 0 {
				end = start
			}
			file = start.Filename
			es = append(es, edit{start.Offset, end.Offset, string(te.NewText)})
		}
		if file == "" || conflicts(edits[file], es) {
			manual = append(manual, f)
			continue
		}
		edits[file] = append(edits[file], es...)
		fixed = append(fixed, f)
	}
	files := make([]string, 0, len(edits))
	for name := range edits {
		files = append(files, name)
	}
	sort.Strings(files)
	code := exitOK
	for _, name := range files {
		src, err := os.ReadFile(name)
		if err != nil {
			fmt.Fprintf(d.stderr, "%s: -fix: %v\n", d.a.Name, err)
			return exitError
		}
		out := apply(src, edits[name])
		if formatted, err := format.Source(out); err == nil {
			out = formatted
		}
		if d.opts.diff {
			fmt.Fprint(d.stdout, unifiedDiff(name, src, out))
			continue
		}
		if err := os.WriteFile(name, out, 0o644); err != nil {
			fmt.Fprintf(d.stderr, "%s: -fix: %v\n", d.a.Name, err)
			code = exitError
		}
	}
	verb := "fixed"
	if d.opts.diff {
		verb = "would fix"
	}
	fmt.Fprintf(d.stderr, "%s: %s %d of %s in %s", d.a.Name, verb, len(fixed), plural(len(fixed)+len(manual), "finding"), plural(len(files), "file"))
	if len(manual) == 0 {
		fmt.Fprintln(d.stderr)
		return code
	}
	fmt.Fprintf(d.stderr, "; %d need a person (no unambiguous fix):\n", len(manual))
	for _, f := range manual {
		d.printFinding(d.stderr, f)
	}
	return max(code, exitFindings)
}

// conflicts reports whether any edit of b overlaps one of a (identical
// edits, from a file shared by a package and its test variant, do not).
func conflicts(a, b []edit) bool {
	for _, x := range b {
		for _, y := range a {
			if x == y {
				continue
			}
			if x.start < y.end && y.start < x.end || x.start == y.start {
				return true
			}
		}
	}
	return false
}

// apply applies the edits to src, each distinct edit once.
func apply(src []byte, edits []edit) []byte {
	seen := map[edit]bool{}
	var es []edit
	for _, e := range edits {
		if !seen[e] {
			seen[e] = true
			es = append(es, e)
		}
	}
	sort.Slice(es, func(i, j int) bool { return es[i].start < es[j].start })
	var out bytes.Buffer
	last := 0
	for _, e := range es {
		out.Write(src[last:e.start])
		out.WriteString(e.text)
		last = e.end
	}
	out.Write(src[last:])
	return out.Bytes()
}

// unifiedDiff returns a unified diff of a file's old and new contents,
// with three lines of context.
func unifiedDiff(name string, old, new []byte) string {
	a, b := splitLines(old), splitLines(new)
	// trim the common prefix and suffix, then diff the middle by LCS
	pre := 0
	for pre < len(a) && pre < len(b) && a[pre] == b[pre] {
		pre++
	}
	suf := 0
	for suf < len(a)-pre && suf < len(b)-pre && a[len(a)-1-suf] == b[len(b)-1-suf] {
		suf++
	}
	ops := lcsOps(a[pre:len(a)-suf], b[pre:len(b)-suf])
	// ops over the whole files: ' ' keep, '-' delete, '+' insert
	var all []op
	for _, l := range a[:pre] {
		all = append(all, op{' ', l})
	}
	all = append(all, ops...)
	for _, l := range a[len(a)-suf:] {
		all = append(all, op{' ', l})
	}
	var sb strings.Builder
	fmt.Fprintf(&sb, "--- %s\n+++ %s\n", name, name)
	const ctx = 3
	i := 0
	ai, bi := 1, 1 // line numbers at all[i]
	for i < len(all) {
		if all[i].kind == ' ' {
			i, ai, bi = i+1, ai+1, bi+1
			continue
		}
		// a hunk: back up ctx lines, run until ctx*2 unchanged lines follow
		start := max(i-ctx, 0)
		for k := start; k < i; k++ {
			ai, bi = ai-1, bi-1
		}
		end := i
		for end < len(all) {
			if all[end].kind != ' ' {
				end++
				continue
			}
			run := 0
			for end+run < len(all) && all[end+run].kind == ' ' && run <= 2*ctx {
				run++
			}
			if end+run >= len(all) || run > 2*ctx {
				end = min(end+ctx, len(all))
				break
			}
			end += run
		}
		na, nb := 0, 0
		for _, o := range all[start:end] {
			if o.kind != '+' {
				na++
			}
			if o.kind != '-' {
				nb++
			}
		}
		fmt.Fprintf(&sb, "@@ -%d,%d +%d,%d @@\n", ai, na, bi, nb)
		for _, o := range all[start:end] {
			sb.WriteByte(o.kind)
			sb.WriteString(o.line)
			if !strings.HasSuffix(o.line, "\n") {
				sb.WriteString("\n\\ No newline at end of file\n")
			}
		}
		ai, bi = ai+na, bi+nb
		i = end
	}
	return sb.String()
}

type op struct {
	kind byte
	line string
}

func splitLines(b []byte) []string {
	var ls []string
	for l := range strings.Lines(string(b)) {
		ls = append(ls, l)
	}
	return ls
}

// lcsOps returns the edit script from a to b by longest common subsequence
// (the middles that differ are small: a fix touches a few lines).
func lcsOps(a, b []string) []op {
	n, m := len(a), len(b)
	t := make([][]int, n+1)
	for i := range t {
		t[i] = make([]int, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if a[i] == b[j] {
				t[i][j] = t[i+1][j+1] + 1
			} else {
				t[i][j] = max(t[i+1][j], t[i][j+1])
			}
		}
	}
	var ops []op
	i, j := 0, 0
	for i < n || j < m {
		switch {
		case i < n && j < m && a[i] == b[j]:
			ops = append(ops, op{' ', a[i]})
			i, j = i+1, j+1
		case j < m && (i == n || t[i][j+1] >= t[i+1][j]):
			ops = append(ops, op{'+', b[j]})
			j++
		default:
			ops = append(ops, op{'-', a[i]})
			i++
		}
	}
	return ops
}

// plural returns "1 file", "2 files".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
