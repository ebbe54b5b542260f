-- Quarto's conditional content for the builtin renderer: a div or span with class
-- content-visible or content-hidden and a when-format / unless-format attribute is
-- kept or dropped for the output format, as Quarto does ("html" matches html, html4,
-- html5; "pdf" matches typst and latex; "typst" matches typst).

local aliases = {
  html = { html = true, html4 = true, html5 = true },
  pdf = { typst = true, latex = true, pdf = true },
  typst = { typst = true },
  latex = { latex = true },
}

local function matches(name)
  if name == nil then return nil end
  local set = aliases[name] or { [name] = true }
  return set[FORMAT] == true
end

local function visible(el)
  local when, unless = matches(el.attributes["when-format"]), matches(el.attributes["unless-format"])
  local show = (when == nil or when) and not (unless == true)
  if el.classes:includes("content-hidden") then
    if el.attributes["when-format"] == nil and el.attributes["unless-format"] == nil then return false end
    show = not show
  end
  return show
end

local function filter(el)
  if el.classes:includes("content-visible") or el.classes:includes("content-hidden") then
    if visible(el) then return el.content end
    return {}
  end
end

return { { Div = filter, Span = filter } }
