package replay

import (
	"bufio"
	"bytes"
	"fmt"
	"net"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"
)

// A Redis is a redis-server started for one test on a loopback port.
type Redis struct {
	Addr string // host:port
	Host string
	Port int
}

// StartRedis starts the redis-server found in PATH on a free loopback port,
// with its data in a temporary directory and nothing persisted, and stops
// it when the test ends. The test is skipped if there is no redis-server
// binary (.ci/run installs Debian's); any other failure to start it fails
// the test.
func StartRedis(t testing.TB) *Redis {
	t.Helper()
	bin, err := exec.LookPath("redis-server")
	if err != nil {
		t.Skip("no redis-server in PATH: this store needs a real Redis (apt-get install redis-server)")
	}
	dir := t.TempDir()
	// A free port can be taken by another process between choosing it and
	// redis binding it: try a few.
	var lastErr error
	for range 5 {
		port, err := freePort()
		if err != nil {
			t.Fatal(err)
		}
		r, err := startRedis(t, bin, dir, port)
		if err == nil {
			return r
		}
		lastErr = err
	}
	t.Fatalf("starting redis-server: %v", lastErr)
	return nil
}

func startRedis(t testing.TB, bin, dir string, port int) (*Redis, error) {
	var log bytes.Buffer
	cmd := exec.Command(bin,
		"--bind", "127.0.0.1",
		"--port", strconv.Itoa(port),
		"--dir", dir,
		"--save", "",
		"--appendonly", "no",
		"--daemonize", "no",
		"--protected-mode", "yes",
	)
	cmd.Dir = dir
	cmd.Stdout = &log
	cmd.Stderr = &log
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	stop := func() {
		cmd.Process.Kill()
		<-exited
	}

	addr := net.JoinHostPort("127.0.0.1", strconv.Itoa(port))
	// Wait for the server to answer PING. This is a readiness wait, not a
	// time limit on the test: a server that never answers, or exits, is
	// an error.
	deadline := time.Now().Add(30 * time.Second)
	for {
		select {
		case err := <-exited:
			exited <- err
			return nil, fmt.Errorf("redis-server exited (%v): %s", err, strings.TrimSpace(log.String()))
		default:
		}
		if ping(addr) == nil {
			break
		}
		if time.Now().After(deadline) {
			stop()
			return nil, fmt.Errorf("redis-server on %s does not answer: %s", addr, strings.TrimSpace(log.String()))
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Cleanup(stop)
	return &Redis{Addr: addr, Host: "127.0.0.1", Port: port}, nil
}

// ping sends PING to the server at addr and checks the answer.
func ping(addr string) error {
	c, err := net.DialTimeout("tcp", addr, time.Second)
	if err != nil {
		return err
	}
	defer c.Close()
	c.SetDeadline(time.Now().Add(time.Second))
	if _, err := c.Write([]byte("PING\r\n")); err != nil {
		return err
	}
	line, err := bufio.NewReader(c).ReadString('\n')
	if err != nil {
		return err
	}
	if strings.TrimSpace(line) != "+PONG" {
		return fmt.Errorf("PING answered %q", line)
	}
	return nil
}

// freePort returns a loopback TCP port that is free now.
func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}
