-- wrk script for load/run.sh.
--
-- Always: prints one machine-readable RESULT line when wrk is done.
-- With V3_SIGNATURES set to a file written by `LoadSigner v3`: every request carries a v3
-- signature whose timestamp lies in the current second, taken in turn from the lines prepared
-- for that second (wrk's Lua cannot compute an HMAC itself).

local file = os.getenv("V3_SIGNATURES")

if file and file ~= "" then
  local buckets = {}
  local first, last
  local counter = 0

  -- Built in init, once wrk has set the Host header.
  function init(args)
    for line in io.lines(file) do
      local second, timestamp, signature = line:match("^(%d+)\t(%d+)\t(%S+)$")
      second = tonumber(second)
      local bucket = buckets[second]
      if not bucket then
        bucket = {}
        buckets[second] = bucket
      end
      bucket[#bucket + 1] = wrk.format("GET", wrk.path, {
        ["Host"] = wrk.headers["Host"],
        ["X-HubSpot-Signature-v3"] = signature,
        ["X-HubSpot-Request-Timestamp"] = timestamp,
      })
      first = first or second
      last = second
    end
  end

  function request()
    local now = os.time()
    if now > last then now = last end
    if now < first then now = first end
    local bucket = buckets[now]
    counter = counter + 1
    return bucket[counter % #bucket + 1]
  end
end

function done(summary, latency, requests)
  local e = summary.errors
  local socket = e.connect + e.read + e.write + e.timeout
  io.write(string.format(
    "RESULT requests=%d duration_us=%d rps=%.1f p50_us=%d p90_us=%d p99_us=%d max_us=%d socket_errors=%d status_errors=%d\n",
    summary.requests, summary.duration, summary.requests / (summary.duration / 1e6),
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max,
    socket, e.status))
end
