evaluate(new File(itSources, 'readme-blocks.groovy'))
