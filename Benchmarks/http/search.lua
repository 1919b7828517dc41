-- wrk script for the search benchmark (issue 3): every request is the next query of the query set, as the
-- reader's simple search box sends it, with facets.
--
--   wrk -t2 -c16 -d15s -s Benchmarks/http/search.lua http://127.0.0.1:8080 -- Benchmarks/search-queries.tsv
--
-- Prints one line "search.lua {json}" at the end with requests/s, errors and latency percentiles (ms), for
-- `pinakes-bench search` to read.

local paths = {}
local next_index = 1

local function encode(text)
    return (text:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local function load(file)
    local list = {}
    local header = true
    for line in io.lines(file) do
        if line:sub(1, 1) ~= "#" then
            if header then
                header = false
            else
                local query = line:match("^[^\t]*\t([^\t]*)")
                if query and query ~= "" then
                    list[#list + 1] = "/api/v1/search?q=" .. encode(query) .. "&facets=true&limit=20"
                end
            end
        end
    end
    return list
end

local thread_count = 0

function setup(thread)
    thread:set("id", thread_count)
    thread_count = thread_count + 1
end

function init(args)
    paths = load(args[1] or "Benchmarks/search-queries.tsv")
    -- Threads start at different places of the list so they do not ask the same query at the same moment.
    next_index = (id or 0) * 211 % #paths + 1
end

function request()
    local path = paths[next_index]
    next_index = next_index % #paths + 1
    return wrk.format("GET", path)
end

function done(summary, latency, requests)
    local errors = summary.errors
    local failed = errors.connect + errors.read + errors.write + errors.timeout + errors.status
    io.write(string.format(
        'search.lua {"requests": %d, "seconds": %.3f, "requests_per_second": %.1f, "errors": %d, ' ..
        '"non_2xx": %d, "p50_ms": %.3f, "p95_ms": %.3f, "p99_ms": %.3f}\n',
        summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6), failed,
        errors.status, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
        latency:percentile(99) / 1000))
end
