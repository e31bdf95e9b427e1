-- Issue 21: the results search lists the projects newest call year first, then by application number, 20 to a page.
-- Without an index in that order every page without a selective filter (the whole list, a country every project
-- has a partner in) read and sorted all the funded projects (a year: 6,000) to show 20; with it the page reads its
-- rows in order and stops. The filter lists (call years, countries) are read from their indexes value by value
-- (ResultsRepository.callYears, countries), not from every row.
CREATE INDEX results_project_listing ON results_project (call_year DESC, application_number);
